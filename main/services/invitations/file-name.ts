// File names for invitation files: the meeting's day, the kind and the version, never patient data.
import { isIsoDate, todayInAmsterdam } from '../../../contract/schemas/dates';
import { parseInstant } from './input-checks';

export type InvitationKind = 'uitnodiging' | 'wijziging' | 'afzegging';

/**
 * `drie-gesprek-2026-03-30-uitnodiging.ics` for sequence 0; later versions get `-v<seq>`
 * (`drie-gesprek-2026-03-30-wijziging-v1.ics`) so a file saved beside an earlier one never replaces it.
 * `dateIso` is the meeting's `YYYY-MM-DD`, or its start instant (UTC ISO), which is taken as its day in Amsterdam:
 * a meeting at 00:30 Amsterdam time starts the day before in UTC.
 */
export function invitationFileName(kind: InvitationKind, dateIso: string, seq: number): string {
  if (kind !== 'uitnodiging' && kind !== 'wijziging' && kind !== 'afzegging') throw new Error('Invitation file name: unknown kind');
  if (!Number.isSafeInteger(seq) || seq < 0) throw new Error('Invitation file name: sequence must be an integer ≥ 0');
  const day = isIsoDate(dateIso) ? dateIso : todayInAmsterdam(parseInstant(dateIso, 'dateIso'));
  return `drie-gesprek-${day}-${kind}${seq === 0 ? '' : `-v${seq}`}.ics`;
}
