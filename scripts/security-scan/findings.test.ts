import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowlistSchema, compareWithAllowlist, describeComparison, findingsFromSarif, type Finding } from './findings';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sarif(results: unknown[]) {
  return { $schema: 'http://json.schemastore.org/sarif-2.1.0', version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity' } }, results }] };
}
function result(ruleId: string, uri: string, startLine?: number) {
  const region = startLine === undefined ? {} : { region: { startLine, startColumn: 3 } };
  return { ruleId, level: 'warning', message: { text: `${ruleId} text` }, locations: [{ physicalLocation: { artifactLocation: { uri }, ...region } }] };
}
const finding = (check: string, file: string): Finding => ({ check, file, line: 1, message: '' });
const reason = 'A reason of at least one sentence.';

describe('reading the SARIF report', () => {
  it('gives one finding per result location, with forward slashes', () => {
    const report = sarif([result('OPEN_EXTERNAL_JS_CHECK', 'main\\window.ts', 20), result('ELECTRON_VERSION_JSON_CHECK', 'package.json')]);
    expect(findingsFromSarif(report)).toEqual([
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/window.ts', line: 20, message: 'OPEN_EXTERNAL_JS_CHECK text' },
      { check: 'ELECTRON_VERSION_JSON_CHECK', file: 'package.json', line: null, message: 'ELECTRON_VERSION_JSON_CHECK text' },
    ]);
  });

  it('reads an empty report as no findings', () => {
    expect(findingsFromSarif(sarif([]))).toEqual([]);
  });

  it.each([
    ['no runs', { version: '2.1.0', runs: [] }],
    ['another SARIF version', { ...sarif([]), version: '2.0.0' }],
    ['a result without a location', sarif([{ ruleId: 'X', message: { text: '' }, locations: [] }])],
    ['a CSV report', 'issue,file\nX,main/window.ts'],
    ['nothing', null],
  ])('refuses a report with %s, rather than passing on no findings', (_name, report) => {
    expect(() => findingsFromSarif(report)).toThrow(/unexpected shape/);
  });
});

describe('holding findings against the allowlist', () => {
  it('fails a finding that no entry allows, and an entry that allows nothing', () => {
    const allowlist = [
      { check: 'SANDBOX_JS_CHECK', file: 'main/window.ts', reason },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/pdf.ts', reason },
    ];
    const findings = [finding('SANDBOX_JS_CHECK', 'main/window.ts'), finding('SANDBOX_JS_CHECK', 'main/other.ts'), finding('AUXCLICK_JS_CHECK', 'main/window.ts')];
    const comparison = compareWithAllowlist(findings, allowlist);
    expect(comparison.unlisted.map((f) => `${f.check} ${f.file}`)).toEqual(['SANDBOX_JS_CHECK main/other.ts', 'AUXCLICK_JS_CHECK main/window.ts']);
    expect(comparison.stale).toEqual([allowlist[1]]);
    expect(comparison.allowed).toBe(1);
    const lines = describeComparison(comparison, 'allow.json');
    expect(lines[0]).toBe('security scan: 3 findings, 1 allowed by allow.json, 2 not allowed, 1 stale entries');
    expect(lines.join('\n')).toContain('not allowed: SANDBOX_JS_CHECK in main/other.ts:1');
    expect(lines.join('\n')).toContain('stale entry');
  });

  it('lets one entry allow every finding of its check in its file', () => {
    const comparison = compareWithAllowlist([finding('CSP_GLOBAL_CHECK', 'a.ts'), finding('CSP_GLOBAL_CHECK', 'a.ts')], [{ check: 'CSP_GLOBAL_CHECK', file: 'a.ts', reason }]);
    expect(comparison).toEqual({ unlisted: [], stale: [], allowed: 2 });
  });

  it('wants a reason for every entry, and each entry once', () => {
    expect(allowlistSchema.safeParse([{ check: 'X', file: 'a.ts', reason: 'ok' }]).success).toBe(false);
    expect(allowlistSchema.safeParse([{ check: 'X', file: 'a.ts' }]).success).toBe(false);
    expect(allowlistSchema.safeParse([{ check: 'X', file: 'a.ts', reason }, { check: 'X', file: 'a.ts', reason }]).success).toBe(false);
    expect(allowlistSchema.safeParse([{ check: 'X', file: 'a.ts', reason }]).success).toBe(true);
  });

  it('has an allowlist that parses and names files that exist', () => {
    const allowlist = allowlistSchema.parse(JSON.parse(readFileSync(`${root}security/electronegativity-allowlist.json`, 'utf8')));
    for (const entry of allowlist) expect(existsSync(`${root}${entry.file}`), entry.file).toBe(true);
  });
});
