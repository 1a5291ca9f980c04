import type { WritableDb } from '../handles';

export interface Migration {
  version: number;
  name: string;
  up(db: WritableDb): void;
}
