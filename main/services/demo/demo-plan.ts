// The demo practice's networks and living plans: the first patients get mantelzorgers, contact persons and
// organisations from the demo sociale kaart, and actions beyond what their intakes agreed (one done, one
// for the GP due soon, one overdue), all through the app's own door. Always the same, relative to the clock.
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { ChannelName } from '../../../contract/channel-names';
import type { NetworkEntryInput, PatientActions, PlanActionInput } from '../../../contract/schemas/plan';
import type { Store } from '../../../db/handles';
import type { ServiceEnv } from '../context';
import type { HandlerTable } from '../handler-table';
import { invokeChannel } from '../invoke';

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function seedDemoPlans(store: Store, table: HandlerTable, env: ServiceEnv, token: string, gpId: string): void {
  const db = store.writer;
  const call = <T>(channel: ChannelName, input: unknown): T => {
    const r = invokeChannel(table, env, channel, input, token);
    if (!r.ok) throw new Error(`demo seed failed: ${channel} ${r.error.key}`);
    return r.value as T;
  };
  const contact = (name: string) => (db.prepare('SELECT id FROM partner_contacts WHERE name = ?').get(name) as { id: string }).id;
  const organisation = (name: string) => (db.prepare('SELECT id FROM partner_organisations WHERE name = ?').get(name) as { id: string }).id;
  const nurse = (db.prepare("SELECT id FROM staff WHERE role = 'practice_nurse' ORDER BY created_at LIMIT 1").get() as { id: string } | undefined)?.id;
  const patients = (db.prepare('SELECT id FROM patients ORDER BY seq LIMIT 3').all() as { id: string }[]).map((p) => p.id);
  const today = todayInAmsterdam(new Date(env.clock.now()));
  const networks: NetworkEntryInput[][] = [
    [
      { kind: 'carer', name: 'Ria de Boer', relation: 'zus', phone: '06-21436587', email: '', role: 'Komt wekelijks langs, helpt met de post', since: shiftDays(today, -900) },
      { kind: 'contact', contactId: contact('Jamila El Idrissi'), role: 'Vaste buurtteamwerker, begeleidt naar de schuldhulp', since: shiftDays(today, -110) },
      { kind: 'organisation', organisationId: organisation('Schuldhulp Utrecht Noord'), role: 'Schuldhulptraject', since: shiftDays(today, -60) },
    ],
    [
      { kind: 'carer', name: 'Mohamed Amrani', relation: 'zoon', phone: '06-98765432', email: 'm.amrani@voorbeeld.example', role: 'Regelt de boodschappen en afspraken', since: shiftDays(today, -400) },
      { kind: 'contact', contactId: contact('Ingrid Smit'), role: 'Wijkverpleegkundige, twee keer per week', since: shiftDays(today, -30) },
    ],
    [{ kind: 'contact', contactId: contact('Marieke Jansen'), role: 'Maatjesproject', since: shiftDays(today, -14) }],
  ];
  patients.forEach((patientId, i) => {
    for (const entry of networks[i] ?? []) call('network.add', { patientId, entry });
  });
  const [first, second] = patients;
  if (!first) return;
  // On the first patient's list (from the intakes): the sleep diary is done; two more actions were agreed since.
  const plan = call<PatientActions>('actions.list', { patientId: first });
  const diary = plan.actions.find((a) => a.text.startsWith('Slaapdagboek'));
  if (diary) call('actions.setStatus', { id: diary.id, revision: diary.revision, status: 'done' });
  const add = (patientId: string, action: PlanActionInput) => call('actions.create', { patientId, action });
  add(first, { text: 'Slaapmedicatie evalueren', owner: { kind: 'staff', staffId: gpId }, dueDate: shiftDays(today, 3) });
  add(first, { text: 'Samen de brieven van de energieleverancier doorlopen', owner: { kind: 'contact', contactId: contact('Jamila El Idrissi') }, dueDate: shiftDays(today, 10) });
  if (second) {
    add(second, { text: 'Wmo-aanvraag hulp bij het huishouden', owner: { kind: 'organisation', organisationId: organisation('Gemeente Utrecht, Wmo-loket Noordoost') }, dueDate: shiftDays(today, 21) });
    add(second, { text: 'Bloeddruk controleren', owner: nurse ? { kind: 'staff', staffId: nurse } : { kind: 'none' }, dueDate: shiftDays(today, -5) });
    add(second, { text: 'Terugbellen over de uitslag', owner: { kind: 'staff', staffId: gpId }, dueDate: shiftDays(today, -2) });
  }
}
