// A chosen file's bytes to CSV rows, with the roster import's decoding: refuses a file that is
// unreadable or no text at all before any row is looked at (the channel's schema refuses over 2 MB).
import type { ImportEncoding } from '../../../../contract/schemas/import';
import { AppFailure } from '../../errors';
import { base64ToBytes, decodeCsvBytes } from '../../import/decode';
import { hasBinaryControls, hasBinarySignature } from '../../import/not-text';
import { parseCsv, separatorHint, type ParsedCsv } from '../../import/parse-csv';

export interface CsvFile extends ParsedCsv {
  encoding: ImportEncoding;
  /** The header's line: 2 after Excel's `sep=` line. */
  headerLine: number;
}

export function readCsvFile(contentBase64: string): CsvFile {
  const bytes = base64ToBytes(contentBase64);
  if (!bytes) throw new AppFailure('invalid_input', 'errors.fileUnreadable');
  if (hasBinarySignature(bytes)) throw new AppFailure('invalid_input', 'errors.fileNotCsv');
  const { text, encoding } = decodeCsvBytes(bytes);
  if (hasBinaryControls(text)) throw new AppFailure('invalid_input', 'errors.fileNotCsv');
  const csv = parseCsv(text);
  if (csv.headers.length === 0) throw new AppFailure('invalid_input', 'errors.fileNoColumns');
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n'))) || text;
  return { ...csv, encoding, headerLine: separatorHint(firstLine) === null ? 1 : 2 };
}
