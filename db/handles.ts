// Two kinds of database handle, so a function that only reads cannot be handed a write to do.
// A WritableDb is also a ReadableDb: a write may read first. Read handlers get a connection opened
// read-only where the database is a file, so SQLite refuses a write the types did not catch.
import type Database from 'better-sqlite3-multiple-ciphers';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

export type ReadableDb = Database.Database & { readonly [readableBrand]: true };
export type WritableDb = ReadableDb & { readonly [writableBrand]: true };

/** The practice database as the handlers see it: one writer, and a reader that is the writer in memory. */
export interface Store {
  readonly reader: ReadableDb;
  readonly writer: WritableDb;
  close(): void;
}
