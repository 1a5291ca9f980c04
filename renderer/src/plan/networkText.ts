// How a network entry is named on screen.
import type { NetworkEntry } from '../../../contract/schemas/plan';

export function entryName(e: NetworkEntry): string {
  if (e.kind === 'carer') return e.name;
  if (e.kind === 'contact') return e.contactName;
  return e.organisationName;
}
