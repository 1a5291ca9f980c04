// What a draft must satisfy before it can be finished: the rules shared by the form and main.
import type { IntakeContent } from './intake';
import { allProblems, DOMAINS } from './intake';

export interface RuleIssue {
  /** Dotted path into the content, e.g. `actions.2.dueDate`. */
  path: string;
  key: string;
}

/** Structural rules that hold for drafts too: unique ids, references that point at something. */
export function draftIssues(c: IntakeContent): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const problemIds = allProblems(c).map((p) => p.id);
  const ids = [...problemIds, ...c.links.map((l) => l.id), ...c.goals.map((g) => g.id), ...c.actions.map((a) => a.id)];
  if (new Set(ids).size !== ids.length) issues.push({ path: 'ids', key: 'validation.duplicateId' });
  const known = new Set(problemIds);
  c.priorities.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `priorities.${i}`, key: 'validation.priorityUnknown' });
  });
  if (new Set(c.priorities).size !== c.priorities.length) issues.push({ path: 'priorities', key: 'validation.priorityTwice' });
  c.links.forEach((l, i) => {
    if (!known.has(l.from) || !known.has(l.to)) issues.push({ path: `links.${i}`, key: 'validation.linkUnknown' });
  });
  return issues;
}

/** Everything a final intake needs, on top of the draft rules. */
export function finishIssues(c: IntakeContent, today: string): RuleIssue[] {
  const issues = draftIssues(c);
  if (c.date === '') issues.push({ path: 'date', key: 'validation.required' });
  else if (c.date > today) issues.push({ path: 'date', key: 'validation.dateInFuture' });
  if (c.professionals.length === 0) issues.push({ path: 'professionals', key: 'validation.professionalRequired' });
  if (c.helpQuestion.trim() === '') issues.push({ path: 'helpQuestion', key: 'validation.required' });
  for (const d of DOMAINS) {
    c.domains[d].problems.forEach((p, i) => {
      if (p.text.trim() === '') issues.push({ path: `domains.${d}.problems.${i}.text`, key: 'validation.required' });
    });
  }
  c.links.forEach((l, i) => {
    if (l.from === l.to) issues.push({ path: `links.${i}`, key: 'validation.linkSelf' });
    if (l.note.trim() === '') issues.push({ path: `links.${i}.note`, key: 'validation.required' });
  });
  c.goals.forEach((g, i) => {
    if (g.text.trim() === '') issues.push({ path: `goals.${i}.text`, key: 'validation.required' });
  });
  c.actions.forEach((a, i) => {
    if (a.text.trim() === '') issues.push({ path: `actions.${i}.text`, key: 'validation.required' });
    if (a.owner.kind === 'none') issues.push({ path: `actions.${i}.owner`, key: 'validation.ownerRequired' });
    if (a.owner.kind === 'staff' && a.owner.staffId === '') issues.push({ path: `actions.${i}.owner`, key: 'validation.ownerRequired' });
    if (a.owner.kind === 'partner' && a.owner.name.trim() === '') issues.push({ path: `actions.${i}.owner`, key: 'validation.ownerRequired' });
    if (a.dueDate === '') issues.push({ path: `actions.${i}.dueDate`, key: 'validation.dueDateRequired' });
  });
  return issues;
}

/** A plan exists when the patient and professional agreed on at least one goal or action. */
export function hasPlan(c: IntakeContent): boolean {
  return c.goals.length > 0 || c.actions.length > 0;
}
