// Which organisations a search shows: every word of the text in the organisation's own words or in one
// contact's (name, function, wijken), the type, and a wijk served by the organisation or one of its
// contacts. Case and accents do not matter ("oztürk" finds "Öztürk").
import type { Organisation, PartnerList, PartnerQuery } from '../../../contract/schemas/partners';
import { foldText } from '../../../contract/schemas/text';

function wordsOf(o: Organisation): string {
  const own = [o.name, o.city, ...o.wijken];
  const contacts = o.contacts.flatMap((c) => [c.name, c.function, ...c.wijken]);
  return foldText([...own, ...contacts].join(' '));
}

function serves(o: Organisation, wijk: string): boolean {
  const folded = foldText(wijk);
  return [...o.wijken, ...o.contacts.flatMap((c) => c.wijken)].some((w) => foldText(w) === folded);
}

export function searchPartners(all: Organisation[], q: PartnerQuery): PartnerList {
  const words = foldText(q.text).split(/\s+/).filter(Boolean);
  const organisations = all.filter(
    (o) =>
      (q.includeInactive || o.active) &&
      (q.type === '' || o.type === q.type) &&
      (q.wijk === '' || serves(o, q.wijk)) &&
      (words.length === 0 || words.every((w) => wordsOf(o).includes(w))),
  );
  const wijken = [...new Set(all.flatMap((o) => [...o.wijken, ...o.contacts.flatMap((c) => c.wijken)]))].sort((a, b) => a.localeCompare(b, 'nl'));
  return { organisations, wijken };
}
