// The 4D intake: four life domains mapped with the patient, their priorities, and the joint plan.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { multiLineText, singleLineText } from './text-fields';

export const DOMAINS = ['physical', 'mental', 'social', 'societal'] as const;
export type Domain = (typeof DOMAINS)[number];

/** ICPC-2 chapter Z (social problems), to match items with the GP system. Labels live in the locales. */
export const ICPC_Z_CODES = [
  'Z01', 'Z02', 'Z03', 'Z04', 'Z05', 'Z06', 'Z07', 'Z08', 'Z09', 'Z10', 'Z11', 'Z12', 'Z13', 'Z14', 'Z15',
  'Z16', 'Z18', 'Z19', 'Z20', 'Z21', 'Z22', 'Z23', 'Z24', 'Z25', 'Z27', 'Z28', 'Z29',
] as const;

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const itemId = z.string().min(1, 'validation.required').max(40, 'validation.tooLong').regex(/^[A-Za-z0-9_-]+$/, 'validation.id');
// The intake autosaves as the user types: its texts are stored as typed, not trimmed.
const text = (max: number) => singleLineText(max, { trim: false });
const longText = (max: number) => multiLineText(max, { trim: false });
const weight = z.number('validation.weight').int('validation.weight').min(0, 'validation.weight').max(10, 'validation.weight').nullable();
const optionalIsoDate = z.string().max(10, 'validation.tooLong').refine((v) => v === '' || isIsoDate(v), 'validation.date');

/** The practice's own categories have UUIDs; the defaults of the first release are `default-<domain>-<n>`. */
const DEFAULT_CATEGORY_ID = new RegExp(`^default-(?:${DOMAINS.join('|')})-[1-9][0-9]?$`);
const uuid = z.uuid();
export const problemCategoryIdSchema = z
  .string('validation.required')
  .max(64, { error: 'validation.id', abort: true })
  .refine((v) => DEFAULT_CATEGORY_ID.test(v) || uuid.safeParse(v).success, 'validation.id');

export const problemSchema = z.object({
  id: itemId,
  text: text(300),
  category: text(60),
  icpc: z.union([z.enum(ICPC_Z_CODES, 'validation.choice'), z.literal('')]),
});
export type Problem = z.infer<typeof problemSchema>;

export const domainMapSchema = z.object({
  problems: z.array(problemSchema).max(30, 'validation.tooMany'),
  patientWeight: weight,
  professionalWeight: weight,
  strengths: longText(2000),
  involved: longText(1000),
});
export type DomainMap = z.infer<typeof domainMapSchema>;

export const actionOwnerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('patient') }),
  z.object({ kind: z.literal('staff'), staffId: z.string().max(64, 'validation.tooLong') }),
  z.object({ kind: z.literal('partner'), name: text(120) }),
  z.object({ kind: z.literal('none') }),
]);
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

export const intakeContentSchema = z.object({
  date: optionalIsoDate,
  professionals: z.array(z.string().max(64, 'validation.tooLong')).max(8, 'validation.tooMany'),
  interpreterPresent: z.boolean('validation.choice'),
  informalCarerPresent: z.boolean('validation.choice'),
  helpQuestion: longText(2000),
  domains: z.object({
    physical: domainMapSchema,
    mental: domainMapSchema,
    social: domainMapSchema,
    societal: domainMapSchema,
  }),
  links: z
    .array(z.object({ id: itemId, from: itemId, to: itemId, note: text(300) }))
    .max(40, 'validation.tooMany'),
  priorities: z.array(itemId).max(20, 'validation.tooMany'),
  goals: z.array(z.object({ id: itemId, text: text(300) })).max(20, 'validation.tooMany'),
  actions: z
    .array(
      z.object({
        id: itemId,
        text: text(300),
        owner: actionOwnerSchema,
        dueDate: optionalIsoDate,
        status: z.enum(ACTION_STATUSES, 'validation.choice'),
      }),
    )
    .max(40, 'validation.tooMany'),
  /** A follow-up intake that started as a copy of an earlier final one says which. */
  copiedFrom: z
    .object({ intakeId: z.string().max(64, 'validation.tooLong'), date: optionalIsoDate })
    .nullable()
    .default(null),
});
export type IntakeContent = z.infer<typeof intakeContentSchema>;

export type IntakeState = 'draft' | 'final';

export interface Intake {
  id: string;
  patientId: string;
  state: IntakeState;
  /** The final intake this one corrects, if any. */
  supersedesId: string | null;
  /** Set on a final intake that a later version corrected. */
  supersededById: string | null;
  revision: number;
  content: IntakeContent;
  createdAt: string;
  updatedAt: string;
  finalizedAt: string | null;
}

export interface IntakeSummary {
  id: string;
  state: IntakeState;
  date: string;
  supersedesId: string | null;
  supersededById: string | null;
  finalizedAt: string | null;
  weights: Record<Domain, { patient: number | null; professional: number | null }>;
  problemCount: number;
}

export interface ProblemCategory {
  id: string;
  domain: Domain;
  label: string;
}

export function emptyDomain(): DomainMap {
  return { problems: [], patientWeight: null, professionalWeight: null, strengths: '', involved: '' };
}

export function emptyIntakeContent(today: string): IntakeContent {
  return {
    date: today,
    professionals: [],
    interpreterPresent: false,
    informalCarerPresent: false,
    helpQuestion: '',
    domains: { physical: emptyDomain(), mental: emptyDomain(), social: emptyDomain(), societal: emptyDomain() },
    links: [],
    priorities: [],
    goals: [],
    actions: [],
    copiedFrom: null,
  };
}

/** A follow-up intake's start: everything of the earlier one, on today's date, nobody present yet, marked as copied. */
export function followUpContent(earlier: { id: string; content: IntakeContent }, today: string): IntakeContent {
  return {
    ...structuredClone(earlier.content),
    date: today,
    professionals: [],
    interpreterPresent: false,
    informalCarerPresent: false,
    copiedFrom: { intakeId: earlier.id, date: earlier.content.date },
  };
}

export function allProblems(content: IntakeContent): (Problem & { domain: Domain })[] {
  return DOMAINS.flatMap((domain) => content.domains[domain].problems.map((p) => ({ ...p, domain })));
}
