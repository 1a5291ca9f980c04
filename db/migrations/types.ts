import type { Db } from '../connection';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
