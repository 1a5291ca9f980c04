import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl.json';
import type { AccessLogEntry } from '../../../contract/schemas/access-log';
import { csvCell, toCsv } from './csv';
import { accessCsv, exportFileName } from './export-files';

const i18n = i18next.createInstance();
await i18n.init({ resources: { nl: { translation: nl } }, lng: 'nl', interpolation: { escapeValue: false } });

describe('CSV for Dutch Excel', () => {
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('quotes cells with a separator, quote or line break', () => {
    expect(csvCell('balie; links')).toBe('"balie; links"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel\neen')).toBe('"regel\neen"');
  });

  it('neutralises cells that Excel would run as a formula', () => {
    for (const risky of ['=HYPERLINK("http://x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(csvCell(risky).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvCell('23-11-2026 10:00')).toBe('23-11-2026 10:00');
  });
});

describe('the access history as CSV', () => {
  const entries: AccessLogEntry[] = [
    { seq: 7, at: '2026-07-01T08:05:00.000Z', action: 'update', channel: 'intakes.saveDraft', workstation: 'spreekkamer-2', userId: '=cmd', userName: '=cmd', userRole: null },
    { seq: 3, at: '2026-11-23T09:00:00.000Z', action: 'view', channel: 'patients.get', workstation: 'balie-1', userId: '01900000-0000-7000-8000-00000000000a', userName: 'Fleur Jansen', userRole: 'assistant' },
  ];

  it('has a Dutch header and one row per entry with Amsterdam time, Dutch words, and safe cells', () => {
    expect(accessCsv(i18n.t, entries)).toBe(
      '\uFEFFDatum en tijd;Handeling;Onderdeel;Werkplek;Gebruiker\r\n' +
        "01-07-2026 10:05;Gewijzigd;4D-intake;spreekkamer-2;'=cmd\r\n" +
        '23-11-2026 10:00;Ingezien;Patiëntkaart;balie-1;Fleur Jansen (doktersassistent)\r\n',
    );
  });

  it('shows a channel it has no words for as it is', () => {
    expect(accessCsv(i18n.t, [{ ...entries[1]!, channel: 'letters.send' }])).toContain(';Ingezien;letters.send;');
  });

  it('names the file after the moment in Amsterdam, never after the patient', () => {
    expect(exportFileName('csv', new Date('2026-11-23T09:00:00.000Z'))).toBe('inzage-2026-11-23-1000.csv');
    expect(exportFileName('pdf', new Date('2026-07-01T22:30:00.000Z'))).toBe('inzage-2026-07-02-0030.pdf');
  });
});
