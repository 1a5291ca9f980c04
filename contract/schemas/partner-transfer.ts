// The sociale kaart as a CSV file: one row per contact person (an organisation without contacts is one
// row with empty contact cells). Import checks every row first and then writes all rows or none.
import { z } from 'zod';
import type { ImportEncoding } from './import';

/** A sociale kaart is tens of kilobytes; 2 MB leaves room without letting a wrong file in. */
export const MAX_PARTNER_CSV_BYTES = 2 * 1024 * 1024;
const MAX_PARTNER_CSV_BASE64 = Math.ceil(MAX_PARTNER_CSV_BYTES / 3) * 4;

export const partnerCsvInputSchema = z
  .object({
    contentBase64: z.string('validation.required').min(1, 'validation.required').max(MAX_PARTNER_CSV_BASE64, 'validation.fileOver2Mb'),
  })
  .strict();

export interface PartnerImportRowError {
  /** 1-based line in the file (1 is the header line). */
  line: number;
  /** The column's header as the file names it, when the error concerns one cell. */
  column?: string;
  /** Locale key (`partnerTransfer.issue.*` or `validation.*`). */
  key: string;
}

export interface PartnerImportCounts {
  organisations: number;
  contacts: number;
}

export interface PartnerImportPreview {
  encoding: ImportEncoding;
  delimiter: string;
  /** Data rows read. */
  rows: number;
  /** Organisations and contact persons in the file. */
  organisations: number;
  contacts: number;
  /** What an import would add, change, and leave as it is. */
  new: PartnerImportCounts;
  updated: PartnerImportCounts;
  unchanged: PartnerImportCounts;
  /** Every error; the import runs only when this is empty. */
  errors: PartnerImportRowError[];
}

export interface PartnerImportReport {
  new: PartnerImportCounts;
  updated: PartnerImportCounts;
  unchanged: PartnerImportCounts;
}

export interface PartnerCsvExport {
  /** `sociale-kaart-JJJJ-MM-DD.csv` */
  fileName: string;
  content: string;
}
