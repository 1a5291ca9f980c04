// How a problem item is named in selects and lists: its domain and its text.
import type { TFunction } from 'i18next';
import { allProblems, type IntakeContent } from '../../../contract/schemas/intake';

export function problemOptions(content: IntakeContent, t: TFunction): { id: string; label: string }[] {
  return allProblems(content).map((p) => ({ id: p.id, label: `${t(`domain.${p.domain}`)}: ${p.text || t('intake.untitled')}` }));
}
