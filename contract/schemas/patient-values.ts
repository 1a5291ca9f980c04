// The fixed lists of the patient model, apart from its schemas: the roster's first screen needs these, not zod.
export const KBZ_STATUSES = ['registered', 'intake', 'plan', 'trajectory', 'closed'] as const;
export type KbzStatus = (typeof KBZ_STATUSES)[number];

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const TARGET_GROUP_TAGS = [
  'vulnerable_family',
  'mild_intellectual_disability',
  'addiction',
  'limited_health_literacy',
  'multiple_domains',
  'loneliness',
  'debts',
  'language_barrier',
] as const;
export type TargetGroupTag = (typeof TARGET_GROUP_TAGS)[number];

export const SIGNALLED_VIA = [
  'gp',
  'practice_nurse',
  'assistant',
  'neighbourhood_team',
  'welfare',
  'self',
  'other',
] as const;
export type SignalledVia = (typeof SIGNALLED_VIA)[number];
