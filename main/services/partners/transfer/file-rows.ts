// The file's header matched to the sociale kaart's columns, and each data row as cells per column.
// A header the app does not know is an error: a misspelt "Telefon" would otherwise be dropped silently.
import type { PartnerImportRowError } from '../../../../contract/schemas/partner-transfer';
import { columnOfHeader, HEADER_OF, PARTNER_COLUMNS, type PartnerColumn } from './csv-columns';
import { unguardCell, type RowCells } from './check-row';
import type { CsvFile } from './read-csv-file';

export interface FileRow {
  line: number;
  cells: RowCells;
}

export function fileRows(csv: CsvFile, errors: PartnerImportRowError[]): FileRow[] {
  const indexOf = new Map<PartnerColumn, number>();
  csv.headers.forEach((header, index) => {
    const column = columnOfHeader(header);
    if (header === '') return;
    if (column === null) errors.push({ line: csv.headerLine, column: header.slice(0, 60), key: 'partnerTransfer.issue.unknownColumn' });
    else if (indexOf.has(column)) errors.push({ line: csv.headerLine, column: header.slice(0, 60), key: 'partnerTransfer.issue.duplicateColumn' });
    else indexOf.set(column, index);
  });
  if (!indexOf.has('organisation')) {
    errors.push({ line: csv.headerLine, column: HEADER_OF.organisation, key: 'partnerTransfer.issue.missingColumn' });
    return [];
  }
  if (csv.unclosedQuoteLine !== null) errors.push({ line: csv.unclosedQuoteLine, key: 'partnerTransfer.issue.unclosedQuote' });
  if (csv.rows.length === 0 && csv.unclosedQuoteLine === null) errors.push({ line: csv.headerLine, key: 'partnerTransfer.issue.noRows' });
  return csv.rows.map(({ line, cells }) => {
    if (cells.slice(csv.headers.length).some((c) => c.trim() !== '')) errors.push({ line, key: 'partnerTransfer.issue.extraCells' });
    const row = Object.fromEntries(
      PARTNER_COLUMNS.map(([column]) => {
        const index = indexOf.get(column);
        return [column, index === undefined ? '' : unguardCell(cells[index] ?? '')];
      }),
    ) as RowCells;
    return { line, cells: row };
  });
}
