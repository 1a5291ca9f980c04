// The three export files read back (CSV parsed, XLSX with exceljs, PDF with a text extractor) against the
// figures of a small practice: small counts as <5, the secondary suppression, hostile category text that
// cannot run as a formula, and no patient name, HIS number or id in any file or file name.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MonthOverview } from '../../../../contract/schemas/overview';
import { testEnv } from '../../testing/test-env';
import { overviewCsv } from './csv';
import { exportDocument } from './export-document';
import { exportFileName } from './file-name';
import { produceOverviewExport } from './produce-export';
import type { PublishedTable } from './suppress';
import { ALL, composeOverview, fillPractice, HOSTILE_CATEGORY, HOSTILE_CATEGORY_2 } from './testing/overview-fixture';
import { overviewXlsx } from './xlsx';

const OPTIONS = { suppressBelow: 5, practiceName: 'Huisartsenpraktijk De Linde', generatedAt: '2026-11-02T09:00:00.000Z' };

let overview: MonthOverview;
let patientStrings: string[];
beforeAll(() => {
  const env = testEnv();
  patientStrings = fillPractice(env).patientStrings;
  overview = composeOverview(env.store.reader, '2026-10');
});

/** A CSV as rows of fields (`;`, quotes doubled inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  row.push(field);
  rows.push(row);
  return rows;
}

const rowOf = (rows: string[][], label: string) => rows.find((r) => r[0] === label);
const FORMULA = /^[=+\-@\t\r]/;

describe('the figures the files hold', () => {
  it('are the practice figures, small ones as <5 and the cell a total would give away hidden', () => {
    expect(overview.current.roster).toMatchObject({ registered: 7, signalledVia: { gp: 5, self: 2 } });
    const tables = exportDocument(overview, OPTIONS).tables;
    const byId = (id: string) => tables.find((t) => t.id === id)!;
    const show = (t: PublishedTable, label: string) => t.rows.find((r) => r.label === label)!.cells.map((c) => (c.kind === 'number' ? c.value : c.text));
    expect(show(byId('roster'), 'Nieuw aangemeld')).toEqual([7, '<5', '<5']);
    // 7 aangemeld = 5 via the GP + 2 self: with the 5 shown, the <5 would be 2.
    expect(show(byId('signalledVia'), 'Huisarts')).toEqual(['×', 0, '<5']);
    expect(show(byId('signalledVia'), 'Patiënt zelf')).toEqual(['<5', 0, 0]);
    expect(show(byId('signalledVia'), 'Totaal aangemeld')).toEqual([7, '<5', '<5']);
    expect(show(byId('intakes'), 'Intakes afgerond')).toEqual([7, 0, 0]);
    expect(show(byId('topCategories'), 'Maatschappelijk: Schulden')).toEqual([5, '–', '–']);
    expect(show(byId('topCategories'), `Maatschappelijk: ${HOSTILE_CATEGORY}`)).toEqual(['<5', '–', '–']);
    expect(byId('trend').rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(show(byId('trend'), 'oktober 2026')[0]).toBe(7);
    expect(show(byId('trend'), 'september 2026')[0]).toBe('<5');
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, ; and CRLF, decimal comma, and says what the marks mean', async () => {
    const out = await produceOverviewExport(overview, 'csv', OPTIONS);
    expect(out.fileName).toBe('kbz-overzicht-2026-10.csv');
    expect(out.mime).toBe('text/csv; charset=utf-8');
    expect([...out.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(out.data.slice(3));
    expect(text).not.toMatch(/[^\r]\n/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['KBZ-maandoverzicht']);
    expect(rows).toContainEqual(['Praktijk: Huisartsenpraktijk De Linde']);
    expect(rowOf(rows, 'Cijfer')).toEqual(['Cijfer', 'oktober 2026', 'Vorige maand (september 2026)', 'Jaar eerder (oktober 2025)']);
    expect(rowOf(rows, 'Nieuw aangemeld')).toEqual(['Nieuw aangemeld', '7', '<5', '<5']);
    expect(rowOf(rows, 'Huisarts')).toEqual(['Huisarts', '×', '0', '<5']);
    expect(rowOf(rows, 'Mediaan dagen van aanmelding tot intake')).toEqual(['Mediaan dagen van aanmelding tot intake', '15', '–', '–']);
    expect(rows.some((r) => r[0] === `Maatschappelijk: ${HOSTILE_CATEGORY}`)).toBe(true);
    for (const r of rows) for (const f of r) if (!/^-?\d+(,\d)?$/.test(f)) expect(f, f).not.toMatch(FORMULA);
    // No exact count from 1 to 4 anywhere (medians and means are days and weights, not counts).
    for (const r of rows.filter((r) => r.length === 4 && !/Mediaan|gemiddelde/.test(r[0]!))) for (const f of r.slice(1)) expect(f, r[0]).not.toMatch(/^[1-4]$/);
  });

  it('keeps any category text a user could type from starting a cell as a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { minLength: 1, maxLength: 10 }), (categories) => {
        const current = { ...overview.current, domains: { ...overview.current.domains, topCategories: categories.map((category, i) => ({ domain: 'social' as const, category, problems: i })) } };
        const text = new TextDecoder().decode(overviewCsv(exportDocument({ ...overview, current }, OPTIONS)).slice(3));
        for (const r of parseCsv(text)) for (const f of r) if (!/^-?\d+(,\d)?$/.test(f)) expect(f).not.toMatch(FORMULA);
      }),
      { numRuns: 100 },
    );
  });

  it('neutralises a text cell that starts like a formula', () => {
    const doc = { ...exportDocument(overview, OPTIONS), tables: [{ id: 'x', title: '+titel', sheet: 's', labelHeader: '@kop', columns: ['-k'], rows: [{ label: HOSTILE_CATEGORY, total: false, cells: [{ kind: 'number' as const, value: -0.5, decimals: 1 as const }] }] }] };
    const rows = parseCsv(new TextDecoder().decode(overviewCsv(doc).slice(3)));
    expect(rows).toContainEqual(["'+titel"]);
    expect(rows).toContainEqual(["'@kop", "'-k"]);
    expect(rows).toContainEqual([`'${HOSTILE_CATEGORY}`, '-0,5']);
  });
});

describe('XLSX', () => {
  it('has a sheet per table with real numbers, <5 as text, months as dates, a frozen header and no person in its properties', async () => {
    const out = await produceOverviewExport(overview, 'xlsx', OPTIONS);
    expect(out.fileName).toBe('kbz-overzicht-2026-10.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.data) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Overzicht', 'Aanmeldingen', 'Status einde maand', 'Gesignaleerd via', '4D-intakes', 'Drie-gesprekken', 'Partners', 'Problemen per leefgebied', 'Categorieën', 'Prioriteiten', 'Verandering gewicht', 'Acties', 'Pad', 'Trend 12 maanden']);
    expect(wb.creator).toBe('KBZ Werkplek');
    expect(wb.lastModifiedBy).toBe('KBZ Werkplek');
    const roster = wb.getWorksheet('Aanmeldingen')!;
    expect(roster.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(roster.getRow(2).values).toEqual([undefined, 'Nieuw aangemeld', 7, '<5', '<5']);
    expect(roster.getRow(2).getCell(2).numFmt).toBe('#,##0');
    const intakes = wb.getWorksheet('4D-intakes')!;
    expect(intakes.getRow(3).getCell(2).value).toBe(15);
    expect(intakes.getRow(3).getCell(2).numFmt).toBe('#,##0');
    const trend = wb.getWorksheet('Trend 12 maanden')!;
    expect(trend.getRow(13).getCell(1).value).toEqual(new Date('2026-10-01T00:00:00.000Z'));
    expect(trend.getRow(13).getCell(1).numFmt).toBe('[$-413]mmmm yyyy');
    expect(trend.getRow(13).getCell(2).value).toBe(7);
    const categories = wb.getWorksheet('Categorieën')!;
    const labels = categories.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(labels).toContain(`Maatschappelijk: ${HOSTILE_CATEGORY_2}`);
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') expect(cell.value).not.toMatch(FORMULA);
      expect(cell.formula).toBeUndefined();
    })));
  });

  it('neutralises a label that starts like a formula', async () => {
    const doc = { ...exportDocument(overview, OPTIONS), tables: [{ id: 'x', title: 't', sheet: '=titel', labelHeader: 'a', columns: ['b'], rows: [{ label: HOSTILE_CATEGORY, total: false, cells: [{ kind: 'small' as const, text: '<5' }] }] }] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await overviewXlsx(doc)) as unknown as ArrayBuffer);
    expect(wb.worksheets[1]!.name).toBe('=titel');
    expect(wb.worksheets[1]!.getRow(2).values).toEqual([undefined, `'${HOSTILE_CATEGORY}`, '<5']);
  });
});

describe('PDF', () => {
  it('holds the heading and the tables as text, A4, and fetches nothing', async () => {
    const out = await produceOverviewExport(overview, 'pdf', OPTIONS);
    expect(out.fileName).toBe('kbz-overzicht-2026-10.pdf');
    expect(Buffer.from(out.data.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const parser = new PDFParse({ data: Buffer.from(out.data) });
    const { text, pages } = await parser.getText();
    await parser.destroy();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const s of ['KBZ-maandoverzicht', 'Praktijk: Huisartsenpraktijk De Linde', 'Maand: oktober 2026', 'Filters: alle patiënten', 'Gemaakt op 02-11-2026 10:00', 'Trend over 12 maanden']) expect(text).toContain(s);
    expect(text).toMatch(/Nieuw aangemeld\s+7\s+<5\s+<5/);
    expect(text).toMatch(/Huisarts\s+×\s+0\s+<5/);
    expect(text).toMatch(/Mediaan dagen van aanmelding tot intake\s+15\s/);
    // The hostile text is just text in a PDF, and no link was made of it.
    expect(text).toContain('HYPERLINK');
    expect(Buffer.from(out.data).toString('latin1')).not.toMatch(/\/URI|\/Launch|\/JavaScript/);
  });
});

describe('no patient data', () => {
  it('in any file or file name', async () => {
    const env = testEnv();
    fillPractice(env);
    for (const format of ['csv', 'xlsx', 'pdf'] as const) {
      const out = await produceOverviewExport(overview, format, OPTIONS);
      let text: string;
      if (format === 'csv') text = new TextDecoder().decode(out.data);
      else if (format === 'pdf') {
        const parser = new PDFParse({ data: Buffer.from(out.data) });
        text = (await parser.getText()).text;
        await parser.destroy();
      } else {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(out.data) as unknown as ArrayBuffer);
        const parts: string[] = [wb.creator, wb.lastModifiedBy, wb.title, wb.subject];
        wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => parts.push(String(c.value)))));
        text = parts.join('\n');
      }
      for (const s of patientStrings) {
        expect(text, `${format}: ${s}`).not.toContain(s);
        expect(out.fileName).not.toContain(s);
      }
    }
  });

  it('file names carry only the month and safe filter slugs', () => {
    expect(exportFileName('2026-10', 'pdf')).toBe('kbz-overzicht-2026-10.pdf');
    expect(exportFileName('2026-10', 'xlsx', { ...ALL, wijk: 'Overvecht-Noord', tag: 'debts' })).toBe('kbz-overzicht-2026-10-wijk-overvecht-noord-doelgroep-debts.xlsx');
    expect(exportFileName('2026-10', 'csv', { gpId: '0190-abc', wijk: '../../Zuilen é=1', tag: '' })).toBe('kbz-overzicht-2026-10-eigen-huisarts-wijk-zuilen-e-1.csv');
    expect(() => exportFileName('2026-13', 'pdf')).toThrow();
  });
});
