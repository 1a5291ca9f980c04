// The overview as an Excel workbook (exceljs): a first sheet with the heading and how to read the marks,
// then a sheet per table. Real numbers (a hidden cell is the text `<5` or ×), the trend's months as real
// dates, Dutch formats (the month names in Dutch whatever Excel's language), a frozen header row, column
// widths. The workbook's properties name the app, never a person. Every text cell is neutralised.
import ExcelJS from 'exceljs';
import type { ExportDocument } from './export-document';
import { translateNl } from '../../translate';
import { neutralise } from './neutralise';
import type { PublishedCell, PublishedTable } from './suppress';

const APP = 'KBZ Werkplek';
const COUNT_FORMAT = '#,##0';
const DECIMAL_FORMAT = '#,##0.0';
/** [$-413] is Dutch (Netherlands): "oktober 2026" in any Excel. */
const MONTH_FORMAT = '[$-413]mmmm yyyy';

/** Excel's sheet names (our own titles, not typed text): at most 31 characters, none of []:*?/\ or ', unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Tabel';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The first day of a `YYYY-MM` month as a date (UTC midnight: Excel dates have no time zone). */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00.000Z`);

function valueOf(c: PublishedCell): ExcelJS.CellValue {
  return c.kind === 'number' ? c.value : c.text;
}

function addTableSheet(wb: ExcelJS.Workbook, table: PublishedTable, taken: Set<string>): void {
  const sheet = wb.addWorksheet(sheetName(table.sheet, taken), { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const header = sheet.addRow([table.labelHeader, ...table.columns].map(neutralise));
  header.font = { bold: true };
  for (const row of table.rows) {
    const label: ExcelJS.CellValue = row.month !== undefined ? monthDate(row.month) : neutralise(row.label);
    const added = sheet.addRow([label, ...row.cells.map(valueOf)]);
    if (row.month !== undefined) added.getCell(1).numFmt = MONTH_FORMAT;
    row.cells.forEach((c, i) => {
      const cell = added.getCell(i + 2);
      if (c.kind === 'number') cell.numFmt = c.decimals === 1 ? DECIMAL_FORMAT : COUNT_FORMAT;
      else cell.alignment = { horizontal: 'right' };
    });
    if (row.total) added.font = { bold: true };
  }
  const labelWidth = Math.max(table.labelHeader.length, ...table.rows.map((r) => (r.month !== undefined ? 16 : r.label.length)));
  sheet.getColumn(1).width = Math.min(60, Math.max(14, labelWidth + 2));
  table.columns.forEach((c, i) => (sheet.getColumn(i + 2).width = Math.min(32, Math.max(10, c.length + 2))));
}

export async function overviewXlsx(doc: ExportDocument): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const made = new Date(doc.generatedAt);
  wb.creator = APP;
  wb.lastModifiedBy = APP;
  wb.company = '';
  wb.manager = '';
  wb.title = neutralise(doc.title);
  wb.subject = doc.month;
  wb.created = made;
  wb.modified = made;
  wb.calcProperties = { fullCalcOnLoad: false };
  const taken = new Set<string>();
  const cover = wb.addWorksheet(sheetName(translateNl('overviewExport.sheet.cover'), taken));
  cover.addRow([neutralise(doc.title)]).font = { bold: true, size: 14 };
  for (const line of [...doc.heading, '', ...doc.legend]) cover.addRow([neutralise(line)]);
  cover.getColumn(1).width = 100;
  for (const table of doc.tables) addTableSheet(wb, table, taken);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
