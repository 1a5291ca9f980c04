// What changed per domain between two intakes: weights and problems (matched by their text).
import { DOMAINS, type Domain, type IntakeContent } from '../../../contract/schemas/intake';

export interface DomainChange {
  domain: Domain;
  before: number | null;
  after: number | null;
  delta: number | null;
  added: string[];
  removed: string[];
}

const norm = (s: string) => s.trim().toLowerCase();

export function compareIntakes(older: IntakeContent, newer: IntakeContent): DomainChange[] {
  return DOMAINS.map((domain) => {
    const before = older.domains[domain].patientWeight;
    const after = newer.domains[domain].patientWeight;
    const oldTexts = older.domains[domain].problems.map((p) => p.text);
    const newTexts = newer.domains[domain].problems.map((p) => p.text);
    return {
      domain,
      before,
      after,
      delta: before !== null && after !== null ? after - before : null,
      added: newTexts.filter((t) => !oldTexts.some((o) => norm(o) === norm(t))),
      removed: oldTexts.filter((o) => !newTexts.some((t) => norm(t) === norm(o))),
    };
  });
}
