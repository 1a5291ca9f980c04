// The access log's hash chain: each entry's hash is SHA-256 over the previous entry's hash and a
// canonical serialisation of its own columns (seq included), so editing, removing or inserting an entry
// breaks the chain from there on, also when the append-only triggers have been dropped.
import { createHash } from 'node:crypto';

/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An access_log row as stored, without its hash. */
export interface ChainedRow {
  seq: number;
  at: string;
  workstation: string;
  user_id: string;
  action: string;
  channel: string;
  patient_id: string | null;
  /** The signed-in person's role (from migration 008); NULL in older entries. */
  user_role: string | null;
}

/**
 * Every column the hash covers, in a fixed order: one list, so a column is added in one place. A column
 * added later must be nullable: NULL is left out of the serialisation, so older entries keep their hash.
 */
export const CHAINED_COLUMNS = ['seq', 'at', 'workstation', 'user_id', 'action', 'channel', 'patient_id', 'user_role'] as const satisfies readonly (keyof ChainedRow)[];

/** `seq, at, ...` for SELECT and INSERT statements. */
export const CHAINED_COLUMN_LIST = CHAINED_COLUMNS.join(', ');

/** JSON of the non-NULL columns in list order: unambiguous (JSON escapes every separator) and stable. */
export function canonicalEntry(row: ChainedRow): string {
  const fields: Record<string, string | number> = {};
  for (const column of CHAINED_COLUMNS) {
    const value = row[column];
    if (value !== null) fields[column] = value;
  }
  return JSON.stringify(fields);
}

/** Lowercase hex SHA-256 of the previous hash, a newline, and the entry's canonical form. */
export function entryHash(previousHash: string, row: ChainedRow): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalEntry(row)).digest('hex');
}
