// CSV text to rows of cells: the separator from Excel's `sep=` line or detected from the header line.
import Papa from 'papaparse';

const CANDIDATES = [';', '\t', ','] as const;

/** Counts separators in the first line, outside quotes; the most frequent wins (`;` on a tie). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let inQuotes = false;
  const counts = new Map<string, number>(CANDIDATES.map((d) => [d, 0]));
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ';';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * The separator a first line such as `sep=;` names (Excel writes and reads it; quoted, or followed
 * by more separators, when another program saved it again); null when the line is no such hint.
 */
export function separatorHint(firstLine: string): string | null {
  const m = /^"?sep=([^"\r\n])"?/i.exec(firstLine);
  if (!m) return null;
  const separator = m[1]!;
  const rest = firstLine.slice(m[0].length).replace(/\r$/, '');
  return [...rest].every((ch) => ch === separator || ch === ' ') ? separator : null;
}

export interface ParsedCsv {
  delimiter: string;
  headers: string[];
  /** Data rows with their 1-based line number in the file; only those before `unclosedQuoteLine`. */
  rows: { line: number; cells: string[] }[];
  /** The line where a quoted cell starts that is never closed: the rest of the file vanishes into it. */
  unclosedQuoteLine: number | null;
}

export function parseCsv(fileText: string): ParsedCsv {
  const firstBreak = fileText.indexOf('\n');
  const hint = separatorHint(firstBreak < 0 ? fileText : fileText.slice(0, firstBreak));
  const text = hint === null ? fileText : firstBreak < 0 ? '' : fileText.slice(firstBreak + 1);
  const delimiter = hint ?? detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  // Line numbers: count the newlines each parsed row spans (quoted cells may hold newlines).
  const rows: ParsedCsv['rows'] = [];
  let line = hint === null ? 1 : 2;
  let headers: string[] | null = null;
  let unclosedQuoteLine: number | null = null;
  for (const [index, cells] of result.data.entries()) {
    if (quoteError && quoteError.row === index) {
      unclosedQuoteLine = line;
      break; // this row holds the rest of the file
    }
    const span = 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    const empty = cells.every((c) => c.trim() === '');
    if (!empty) {
      if (headers === null) headers = cells.map((c) => c.trim());
      else rows.push({ line, cells });
    }
    line += span;
  }
  if (quoteError && unclosedQuoteLine === null) unclosedQuoteLine = line;
  return { delimiter, headers: headers ?? [], rows, unclosedQuoteLine };
}
