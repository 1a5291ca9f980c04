// The roster's columns: header text, width, and the sort each header switches to.
import type { RosterSort } from '../../../contract/schemas/roster';

export interface RosterColumn {
  key: 'name' | 'hisNumber' | 'dateOfBirth' | 'postcode' | 'wijk' | 'gp' | 'status' | 'statusSince';
  sort?: RosterSort;
  width: string;
  numeric?: boolean;
}

export const ROSTER_COLUMNS: RosterColumn[] = [
  { key: 'name', sort: 'surname', width: '24%' },
  { key: 'hisNumber', sort: 'hisNumber', width: '9%', numeric: true },
  { key: 'dateOfBirth', sort: 'dateOfBirth', width: '13%' },
  { key: 'postcode', width: '8%' },
  { key: 'wijk', width: '12%' },
  { key: 'gp', width: '13%' },
  { key: 'status', width: '10%' },
  { key: 'statusSince', sort: 'statusSince', width: '11%' },
];
