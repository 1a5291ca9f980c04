// Sociale kaart CSV files for tests, written in the test itself: lines of cells, in a chosen encoding.
import { PARTNER_COLUMNS } from './csv-columns';

export const HEADER = PARTNER_COLUMNS.map(([, header]) => header);

/** One row by header name; columns left out stay empty. */
export function row(cells: Partial<Record<(typeof HEADER)[number], string>>): string[] {
  return HEADER.map((h) => cells[h as keyof typeof cells] ?? '');
}

export function csvText(rows: string[][], separator = ';'): string {
  return rows.map((cells) => cells.join(separator)).join('\r\n') + '\r\n';
}

export function base64Of(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252' = 'utf-8'): string {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('base64');
  if (encoding === 'windows-1252') return Buffer.from(text, 'latin1').toString('base64'); // the test texts use only Latin-1 letters
  return Buffer.from(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text, 'utf8').toString('base64');
}

export const BUURTTEAM = { Organisatie: 'Buurtteam Overvecht', Type: 'Buurtteam', Wijken: 'Overvecht-Noord|Overvecht-Zuid', Telefoon: '030-2345678', 'E-mail': 'overvecht@buurtteams.example', Beveiligd: 'ja', Postcode: '3564th', Plaats: 'Utrecht' };
