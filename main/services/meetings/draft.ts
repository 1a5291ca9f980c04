// What the planner starts from: the patient's own GP (required when the practice says so), the default
// length, a practice room when there is one, and an agenda from the latest final intake: the problems the
// patient put first, then the plan's open actions.
import type { AgendaItem, MeetingDraft, PlanningSettings } from '../../../contract/schemas/meetings';
import { DOMAINS, type Intake } from '../../../contract/schemas/intake';

const agendaId = (prefix: string, id: string) => `${prefix}-${id}`.slice(0, 40);

export function agendaFromIntake(intake: Intake | null): AgendaItem[] {
  if (!intake) return [];
  const problems = new Map(DOMAINS.flatMap((d) => intake.content.domains[d].problems.map((p) => [p.id, p.text.trim()] as const)));
  const items: AgendaItem[] = [];
  for (const id of intake.content.priorities) {
    const text = problems.get(id);
    if (text) items.push({ id: agendaId('p', id), text: text.slice(0, 300), source: 'priority' });
  }
  for (const action of intake.content.actions) {
    const text = action.text.trim();
    if (action.status === 'open' && text !== '') items.push({ id: agendaId('a', action.id), text: text.slice(0, 300), source: 'action' });
  }
  return items.slice(0, 30);
}

export function meetingDraft(settings: PlanningSettings, gpId: string, latestFinal: Intake | null, agendaWithheld: boolean): MeetingDraft {
  const room = settings.rooms[0];
  return {
    participants: gpId ? [{ kind: 'staff', staffId: gpId, required: settings.ownGpRequired }] : [],
    location: room ? { kind: 'room', roomId: room.id, text: '' } : { kind: 'home', roomId: '', text: '' },
    durationMinutes: settings.defaultDurationMinutes,
    agenda: agendaWithheld ? [] : agendaFromIntake(latestFinal),
    agendaWithheld,
  };
}
