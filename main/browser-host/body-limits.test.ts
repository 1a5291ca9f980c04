import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../contract/channel-names';
import { channels } from '../../contract/channels';
import { IMPORT_FIELDS, MAX_BASE64 } from '../../contract/schemas/import';
import { DOMAINS } from '../../contract/schemas/intake';
import { bodyLimitFor, carriesFile, SMALL_BODY_BYTES } from './body-limits';

const bytes = (input: unknown) => Buffer.byteLength(JSON.stringify(input), 'utf8');
/** Text at its schema's maximum in a character that takes 3 bytes in UTF-8: the largest body a valid input makes. */
const wide = (length: number) => '€'.repeat(length);
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(38, '0')}`);

function largestDraft() {
  const domain = (d: string) => ({
    problems: ids(`${d[0]}p`, 30).map((id) => ({ id, text: wide(300), category: wide(60), icpc: 'Z01' })),
    patientWeight: 10,
    professionalWeight: 10,
    strengths: wide(2000),
    involved: wide(1000),
  });
  return {
    id: '0192f3a4-1b2c-7d3e-8f40-123456789abc',
    revision: 2 ** 31,
    content: {
      date: '2026-11-23',
      professionals: ids('s', 8).map((s) => s.padEnd(64, 'x')),
      interpreterPresent: true,
      informalCarerPresent: true,
      helpQuestion: wide(2000),
      domains: Object.fromEntries(DOMAINS.map((d) => [d, domain(d)])),
      links: ids('l', 40).map((id) => ({ id, from: id, to: id, note: wide(300) })),
      priorities: ids('p', 20),
      goals: ids('g', 20).map((id) => ({ id, text: wide(300) })),
      actions: ids('a', 40).map((id) => ({ id, text: wide(300), owner: { kind: 'partner', name: wide(120) }, dueDate: '2026-12-01', status: 'open' })),
      copiedFrom: { intakeId: 'x'.repeat(64), date: '2026-11-01' },
    },
  };
}

describe('body limits per channel', () => {
  it('takes the largest valid intake draft', () => {
    const draft = largestDraft();
    expect(channels['intakes.saveDraft'].input.safeParse(draft).success).toBe(true);
    expect(bytes(draft)).toBeGreaterThan(SMALL_BODY_BYTES);
    expect(bytes(draft)).toBeLessThanOrEqual(bodyLimitFor('intakes.saveDraft'));
  });

  it('takes the largest valid import file, and only the import carries a file', () => {
    const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, 500]));
    const input = { contentBase64: 'A'.repeat(MAX_BASE64), mapping };
    expect(bytes(input)).toBeLessThanOrEqual(bodyLimitFor('import.preview'));
    expect(CHANNEL_NAMES.filter(carriesFile)).toEqual(['import.preview']);
  });

  it('gives every other channel the small cap', () => {
    const others = CHANNEL_NAMES.filter((c) => c !== 'import.preview' && c !== 'intakes.saveDraft');
    expect(others.map(bodyLimitFor)).toEqual(others.map(() => SMALL_BODY_BYTES));
  });
});
