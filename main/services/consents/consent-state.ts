// What a patient's consent history means today: per organisation and purpose the newest entry decides;
// a given consent counts from its date until its end date (inclusive). Anything that goes to a partner
// (an invitation, the plan, a report back) asks `hasValidConsent` first.
import type { ConsentEntry, ConsentPurpose, ConsentState } from '../../../contract/schemas/consent';

function statusOf(latest: ConsentEntry, today: string): ConsentState['status'] {
  if (latest.decision === 'refused') return 'refused';
  if (latest.date > today || (latest.validUntil !== '' && latest.validUntil < today)) return 'expired';
  return 'given';
}

/** `history` newest first (as the store gives it). */
export function currentConsents(history: readonly ConsentEntry[], today: string): ConsentState[] {
  const seen = new Set<string>();
  const states: ConsentState[] = [];
  for (const entry of history) {
    const key = `${entry.organisationId}\u0000${entry.purpose}`;
    if (seen.has(key)) continue;
    seen.add(key);
    states.push({ organisationId: entry.organisationId, organisationName: entry.organisationName, purpose: entry.purpose, status: statusOf(entry, today), latest: entry });
  }
  return states.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl') || a.purpose.localeCompare(b.purpose));
}

export function hasValidConsent(history: readonly ConsentEntry[], organisationId: string, purpose: ConsentPurpose, today: string): boolean {
  return currentConsents(history, today).some((s) => s.organisationId === organisationId && s.purpose === purpose && s.status === 'given');
}
