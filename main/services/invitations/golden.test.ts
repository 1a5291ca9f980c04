// The committed golden files are what the writers produce, byte for byte, whatever the machine's time zone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPart } from './testing/read-eml';

const script = fileURLToPath(new URL('./golden/print-golden.ts', import.meta.url));
const golden = (name: string) => readFileSync(fileURLToPath(new URL(`./golden/${name}`, import.meta.url)), 'utf8');
const NAMES = ['request.ics', 'update.ics', 'cancel.ics', 'request.eml'];

function produceIn(tz: string): Record<string, string> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as Record<string, string>;
}

describe('golden invitation files', () => {
  for (const tz of ['UTC', 'Europe/Amsterdam', 'America/New_York']) {
    it(`are produced byte-identical under TZ=${tz}`, () => {
      const produced = produceIn(tz);
      expect(Object.keys(produced).sort()).toEqual([...NAMES].sort());
      for (const name of NAMES) expect(produced[name], name).toBe(golden(name));
    });
  }

  it('use CRLF line ends only and keep the committed bytes (no line-end conversion by git)', () => {
    for (const name of NAMES) {
      const text = golden(name);
      expect(text.endsWith('\r\n'), name).toBe(true);
      expect(text.replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
    }
  });
});

describe('golden request.eml', () => {
  it('carries the golden request.ics, byte for byte, as calendar part and as attachment', () => {
    const mail = readPart(golden('request.eml'));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.parts[0]!.parts[1]!.body).toBe(golden('request.ics'));
    expect(mail.parts[1]!.body).toBe(golden('request.ics'));
  });
});
