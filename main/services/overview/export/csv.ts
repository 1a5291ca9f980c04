// The overview as CSV for Dutch Excel: `;` between cells, decimal comma, UTF-8 with a BOM (so Excel reads
// the é in Patiënten), CRLF line ends, quotes where a cell needs them. Each table: its title, a header line,
// its rows, an empty line. Every text cell is neutralised (no formula start); numbers are written by us.
import type { ExportDocument } from './export-document';
import { dutchNumber } from './dutch-number';
import { neutralise } from './neutralise';
import type { PublishedCell } from './suppress';

const BOM = '\ufeff';

function field(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const textCell = (text: string) => field(neutralise(text));
// No thousands dot in CSV: Excel would read 1.234 as 1,234 in some settings; a plain 1234 is read right everywhere.
const valueCell = (c: PublishedCell) => (c.kind === 'number' ? dutchNumber(c.value, c.decimals, false) : textCell(c.text));

export function overviewCsv(doc: ExportDocument): Uint8Array {
  const lines: string[] = [textCell(doc.title), ...doc.heading.map(textCell), ...doc.legend.map(textCell), ''];
  for (const table of doc.tables) {
    lines.push(textCell(table.title));
    lines.push([table.labelHeader, ...table.columns].map(textCell).join(';'));
    for (const row of table.rows) lines.push([textCell(row.label), ...row.cells.map(valueCell)].join(';'));
    lines.push('');
  }
  return new TextEncoder().encode(BOM + lines.join('\r\n'));
}
