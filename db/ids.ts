// Time-ordered ids (UUIDv7) and UTC instants, replaceable in tests.
import { v7 as uuidv7 } from 'uuid';

export interface Clock {
  now(): string;
}

export interface IdSource {
  next(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
export const uuidV7Ids: IdSource = { next: () => uuidv7() };
