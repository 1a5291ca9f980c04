// Reads electronegativity's SARIF and holds its findings against the allowlist. Electronegativity
// exits 0 whatever it finds, so this is what makes a finding fail `npm test`.
import { z } from 'zod';

export interface Finding {
  check: string;
  /** Relative to the scanned folder, with forward slashes: `main/window.ts`. */
  file: string;
  line: number | null;
  message: string;
}

const sarifSchema = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string().min(1),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string().min(1) }),
                    region: z.object({ startLine: z.number().int().optional() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .min(1),
});

export function findingsFromSarif(sarif: unknown): Finding[] {
  const parsed = sarifSchema.safeParse(sarif);
  if (!parsed.success) throw new Error(`The SARIF report has an unexpected shape: ${parsed.error.message}`);
  return parsed.data.runs.flatMap((run) =>
    run.results.flatMap((result) =>
      result.locations.map(({ physicalLocation }) => ({
        check: result.ruleId,
        file: physicalLocation.artifactLocation.uri.replaceAll('\\', '/'),
        line: physicalLocation.region?.startLine ?? null,
        message: result.message.text,
      })),
    ),
  );
}

export const allowlistSchema = z
  .array(
    z.object({
      check: z.string().min(1),
      file: z.string().min(1),
      reason: z.string().trim().min(20, 'say why the finding is acceptable, in a sentence'),
    }),
  )
  .refine((entries) => new Set(entries.map((e) => `${e.check} ${e.file}`)).size === entries.length, 'an entry (check and file) is listed twice');

export type AllowlistEntry = z.infer<typeof allowlistSchema>[number];

export interface Comparison {
  /** Findings no entry allows: each fails the scan. */
  unlisted: Finding[];
  /** Entries that match no finding: the code changed (or the scanner stopped seeing it). */
  stale: AllowlistEntry[];
  allowed: number;
}

/** An entry allows every finding of its check in its file (lines move with each edit). */
export function compareWithAllowlist(findings: readonly Finding[], allowlist: readonly AllowlistEntry[]): Comparison {
  const matches = (entry: AllowlistEntry, finding: Finding) => entry.check === finding.check && entry.file === finding.file;
  const unlisted = findings.filter((finding) => !allowlist.some((entry) => matches(entry, finding)));
  const stale = allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  return { unlisted, stale, allowed: findings.length - unlisted.length };
}

export function describeComparison({ unlisted, stale, allowed }: Comparison, allowlistPath: string): string[] {
  const lines = [`security scan: ${unlisted.length + allowed} findings, ${allowed} allowed by ${allowlistPath}, ${unlisted.length} not allowed, ${stale.length} stale entries`];
  for (const f of unlisted) lines.push(`  not allowed: ${f.check} in ${f.file}${f.line === null ? '' : `:${f.line}`}: ${f.message}`);
  for (const e of stale) lines.push(`  stale entry (no such finding; remove it, or find out why the scanner no longer sees it): ${e.check} in ${e.file}`);
  if (unlisted.length > 0) lines.push(`  Fix the code, or add {check, file, reason} to ${allowlistPath} with the reason the finding is acceptable.`);
  return lines;
}
