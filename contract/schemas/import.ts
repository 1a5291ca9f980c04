// Importing patients from a GP-system CSV export.
import { z } from 'zod';
import { IMPORT_FIELDS, type ImportField } from './patient-fields';

/** The patient fields an import column can feed: derived from the one field list. */
export { IMPORT_FIELDS, type ImportField };

/** Column index per field; a field left out is not imported. */
export const importMappingSchema = z.partialRecord(
  z.enum(IMPORT_FIELDS, 'validation.choice'),
  z.number('validation.number').int().min(0).max(500),
);
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** 40 MB of base64 is ~30 MB of CSV: far more than a practice's roster. */
export const MAX_BASE64 = 40 * 1024 * 1024;

export const importPreviewSchema = z.object({
  contentBase64: z.string().min(1, 'validation.required').max(MAX_BASE64, 'validation.fileTooLarge'),
  mapping: importMappingSchema.nullable(),
});
export type ImportPreviewInput = z.infer<typeof importPreviewSchema>;

const jobId = z.string('validation.required').uuid('validation.id');

/** Checks the file of an earlier preview again with another mapping: the file is not sent twice. */
export const importRecheckSchema = z.object({ jobId, mapping: importMappingSchema });

/** Commits the file of a finished preview (its job keeps the file and the plan). */
export const importCommitSchema = z.object({
  jobId,
  mapping: importMappingSchema,
  onExisting: z.enum(['update', 'skip'], 'validation.choice'),
  skipInvalidRows: z.boolean('validation.choice'),
  /** A quote that is never closed hides the rest of the file: import the rows before its line anyway. */
  acceptRowsBeforeUnclosedQuote: z.boolean('validation.choice').default(false),
});
export type ImportCommitInput = z.infer<typeof importCommitSchema>;

export type ImportRowOutcome = 'new' | 'existing' | 'error';

export interface ImportRowIssue {
  /** 1-based line in the file. */
  line: number;
  outcome: ImportRowOutcome;
  /** Message keys (locale `import.issue.*` or `validation.*`) with the field they concern. */
  errors: { field: string; key: string }[];
  warnings: { field: string; key: string }[];
  hisNumber: string;
  displayName: string;
}

/** The character set a file was read in; UTF-16 only with its byte order mark (Excel's "Unicode-tekst"). */
export type ImportEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Why "Importeren" cannot run as the preview stands, each lifted by a choice on the commit:
 * - `rowsWithErrors`: rows with errors are never imported; `skipInvalidRows` imports the others;
 * - `unclosedQuote`: the file breaks off at `unclosedQuoteLine`; `acceptRowsBeforeUnclosedQuote`
 *   imports the rows before it;
 * - `nothingToImport`: no row can be imported at all (no choice lifts it).
 */
export type ImportBlocker = 'rowsWithErrors' | 'unclosedQuote' | 'nothingToImport';

export interface ImportPreview {
  encoding: ImportEncoding;
  /** One character: `;`, `,` or tab as detected, or what the file's `sep=` line names. */
  delimiter: string;
  headers: string[];
  mapping: ImportMapping;
  /** Rows read (before `unclosedQuoteLine` when that is set). */
  totalRows: number;
  /** Rows per outcome; `warnings` counts rows with at least one warning (they are imported). */
  counts: { new: number; existing: number; error: number; warnings: number };
  /** Rows the commit writes when rows with errors are skipped: new plus existing. */
  importableRows: number;
  /** Empty when "Importeren" can run as is. */
  blockers: ImportBlocker[];
  /** The line where a quoted cell starts that is never closed; only the rows before it were read. */
  unclosedQuoteLine: number | null;
  /** GP names in the file that are not staff yet: the commit adds them as GPs. */
  newGpNames: string[];
  /** The first rows (up to 500), plus every row with an error or warning. */
  rows: ImportRowIssue[];
}

export interface ImportPreviewStarted {
  jobId: string;
  totalRows: number;
}

export interface ImportPreviewStatus {
  checkedRows: number;
  totalRows: number;
  /** Set once every row is checked. */
  preview: ImportPreview | null;
}

export interface ImportReport {
  created: number;
  updated: number;
  skippedExisting: number;
  skippedInvalid: number;
  gpsAdded: number;
  errorLines: number[];
  /** Set when only the rows before this line were imported (a quote there is never closed). */
  unclosedQuoteLine: number | null;
}
