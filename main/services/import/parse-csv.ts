// CSV text to rows of cells, with the separator detected from the header line.
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';
const CANDIDATES: Delimiter[] = [';', '\t', ','];

/** Counts separators in the first line, outside quotes; the most frequent wins (`;` on a tie). */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let inQuotes = false;
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ';';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export interface ParsedCsv {
  delimiter: Delimiter;
  headers: string[];
  /** Data rows with their 1-based line number in the file. */
  rows: { line: number; cells: string[] }[];
  /** The line where a quoted cell starts that is never closed: the rest of the file would vanish into it. */
  unclosedQuoteLine: number | null;
}

export function parseCsv(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const all = result.data;
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  // Line numbers: count the newlines each parsed row spans (quoted cells may hold newlines).
  const rows: ParsedCsv['rows'] = [];
  let line = 1;
  let headers: string[] | null = null;
  let unclosedQuoteLine: number | null = null;
  for (const [index, cells] of all.entries()) {
    if (quoteError && quoteError.row === index && unclosedQuoteLine === null) unclosedQuoteLine = line;
    const span = 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    const empty = cells.every((c) => c.trim() === '');
    if (!empty) {
      if (headers === null) headers = cells.map((c) => c.trim());
      else rows.push({ line, cells });
    }
    line += span;
  }
  return { delimiter, headers: headers ?? [], rows, unclosedQuoteLine: quoteError ? (unclosedQuoteLine ?? line) : null };
}
