// Reads a whole export and decides per row: new patient, existing patient, or error.
import type { ImportBlocker, ImportMapping, ImportPreview, ImportRowIssue } from '../../../contract/schemas/import';
import type { PatientInput } from '../../../contract/schemas/patient';
import { emptyPatientForm, pickPatientFields } from '../../../contract/schemas/patient-fields';
import type { ReadableDb } from '../../../db/handles';
import { findPatientByBsn, findPatientByHisNumber, getPatient } from '../../../db/patients/write';
import { foldGpName, gpIdsByFoldedName } from '../../../db/staff';
import { normaliseBsn } from '../../../contract/schemas/identifiers';
import { AppFailure } from '../errors';
import { guessMapping } from './columns';
import { base64ToBytes, decodeCsvBytes } from './decode';
import { hasBinarySignature, hasBinaryControls } from './not-text';
import { parseCsv } from './parse-csv';
import { cell, rowToPatient } from './row-to-patient';

export interface PlannedRow extends ImportRowIssue {
  input: PatientInput | null;
  existingId: string | null;
  /** Folded name of a GP that is not yet in the staff list. */
  newGpName: string;
}

export interface ImportPlan {
  preview: Omit<ImportPreview, 'rows'>;
  rows: PlannedRow[];
}

function displayName(cells: string[], mapping: ImportMapping): string {
  return [cell(cells, mapping, 'initials'), cell(cells, mapping, 'prefix'), cell(cells, mapping, 'surname')]
    .filter((s) => s)
    .join(' ')
    .slice(0, 80);
}

/** Plans an import step by step, so a long file can be checked in slices with progress in between. */
export interface PlanBuilder {
  readonly totalRows: number;
  readonly plannedRows: number;
  /** Plans up to `count` more rows; returns true when every row is planned. */
  planNext(count: number): boolean;
  result(): ImportPlan;
}

/** Reads and checks the file's shape at once (throws AppFailure); the rows follow through the builder. */
export function startPlan(db: ReadableDb, contentBase64: string, mappingIn: ImportMapping | null): PlanBuilder {
  const bytes = base64ToBytes(contentBase64);
  if (!bytes) throw new AppFailure('invalid_input', 'errors.fileUnreadable');
  if (hasBinarySignature(bytes)) throw new AppFailure('invalid_input', 'errors.fileNotCsv');
  const { text, encoding } = decodeCsvBytes(bytes);
  if (hasBinaryControls(text)) throw new AppFailure('invalid_input', 'errors.fileNotCsv');
  const csv = parseCsv(text);
  if (csv.unclosedQuoteLine !== null && csv.headers.length === 0) {
    // The quote opens in the header itself: there is nothing to show.
    throw new AppFailure('invalid_input', 'errors.fileQuotes', undefined, { line: csv.unclosedQuoteLine });
  }
  if (csv.headers.length < 2) throw new AppFailure('invalid_input', 'errors.fileNoColumns');
  const mapping = mappingIn ?? guessMapping(csv.headers);
  if (Object.values(mapping).some((i) => i >= csv.headers.length)) {
    throw new AppFailure('invalid_input', 'errors.mappingOutOfRange');
  }
  if (mapping.hisNumber === undefined || mapping.surname === undefined || mapping.dateOfBirth === undefined) {
    throw new AppFailure('invalid_input', 'errors.mappingIncomplete');
  }
  const gps = gpIdsByFoldedName(db);
  const empty = emptyPatientForm(); // never changed: each row starts from a copy
  const seenNumbers = new Set<string>();
  const seenBsns = new Set<string>();
  /** Existing patients a row already updates: a second row for the same patient would merge two people. */
  const claimed = new Set<string>();
  const rows: PlannedRow[] = [];

  const planRow = ({ line, cells }: { line: number; cells: string[] }): PlannedRow => {
    const number = cell(cells, mapping, 'hisNumber') ?? '';
    const byNumber = number ? findPatientByHisNumber(db, number) : null;
    const bsnCell = normaliseBsn(cell(cells, mapping, 'bsn') ?? '');
    const byBsn = bsnCell ? findPatientByBsn(db, bsnCell) : null;
    const base = byNumber ?? byBsn;
    const existing = base ? getPatient(db, base.id) : null;
    const check = rowToPatient(cells, mapping, existing ? pickPatientFields(existing) : empty);
    const errors = [...check.errors];
    if (byNumber && byBsn && byNumber.id !== byBsn.id) errors.push({ field: 'bsn', key: 'import.issue.bsnOtherPatient' });
    if (existing && claimed.has(existing.id)) errors.push({ field: 'hisNumber', key: 'import.issue.samePatientTwice' });
    if (existing) claimed.add(existing.id);
    if (check.input) {
      if (seenNumbers.has(check.input.hisNumber)) errors.push({ field: 'hisNumber', key: 'import.issue.duplicateInFile' });
      if (check.input.bsn && seenBsns.has(check.input.bsn)) errors.push({ field: 'bsn', key: 'import.issue.duplicateInFile' });
      seenNumbers.add(check.input.hisNumber);
      if (check.input.bsn) seenBsns.add(check.input.bsn);
    }
    let newGpName = '';
    if (check.input && check.gpName) {
      const gpId = gps.get(foldGpName(check.gpName));
      if (gpId) check.input.gpId = gpId;
      else {
        newGpName = check.gpName;
      }
    }
    const ok = errors.length === 0 && check.input !== null;
    return {
      line,
      outcome: ok ? (existing ? 'existing' : 'new') : 'error',
      errors,
      warnings: check.warnings,
      hisNumber: number.slice(0, 20),
      displayName: displayName(cells, mapping),
      input: ok ? check.input : null,
      existingId: existing?.id ?? null,
      newGpName,
    };
  };

  const result = (): ImportPlan => {
    const count = (o: PlannedRow['outcome']) => rows.filter((r) => r.outcome === o).length;
    const counts = {
      new: count('new'),
      existing: count('existing'),
      error: count('error'),
      warnings: rows.filter((r) => r.warnings.length > 0).length,
    };
    const importableRows = counts.new + counts.existing;
    const blockers: ImportBlocker[] = [];
    if (counts.error > 0) blockers.push('rowsWithErrors');
    if (csv.unclosedQuoteLine !== null) blockers.push('unclosedQuote');
    if (importableRows === 0) blockers.push('nothingToImport');
    return {
      preview: {
        encoding,
        delimiter: csv.delimiter,
        headers: csv.headers.map((h) => h.slice(0, 80)),
        mapping,
        totalRows: rows.length,
        newGpNames: [...new Map(rows.filter((r) => r.newGpName).map((r) => [foldGpName(r.newGpName), r.newGpName.slice(0, 80)])).values()],
        counts,
        importableRows,
        blockers,
        unclosedQuoteLine: csv.unclosedQuoteLine,
      },
      rows,
    };
  };

  return {
    totalRows: csv.rows.length,
    get plannedRows() {
      return rows.length;
    },
    planNext(count: number) {
      const end = Math.min(csv.rows.length, rows.length + count);
      for (let i = rows.length; i < end; i++) rows.push(planRow(csv.rows[i]!));
      return rows.length === csv.rows.length;
    },
    result,
  };
}

export function planImport(db: ReadableDb, contentBase64: string, mappingIn: ImportMapping | null): ImportPlan {
  const builder = startPlan(db, contentBase64, mappingIn);
  builder.planNext(Number.POSITIVE_INFINITY);
  return builder.result();
}
