// Text for a spreadsheet cell that a spreadsheet will not run: categories and partner names are typed by
// users, and Excel or LibreOffice treats a cell starting with =, +, -, @ (or a tab or carriage return
// before one) as a formula. Control and invisible characters go first (so none can hide a leading `=`),
// then a text that still starts with a formula character gets a leading apostrophe.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Removes control and invisible (zero-width, direction) characters; keeps tabs and line breaks for the check below. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A text cell safe for CSV and XLSX: no invisible characters, and no formula start. */
export function neutralise(text: string): string {
  const clean = stripInvisible(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
