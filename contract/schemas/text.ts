// Normalisation of names for searching and sorting: case, diacritics and ligatures folded.
export function foldText(value: string): string {
  // Most names are plain ASCII: skip the Unicode work for them (it dominates bulk imports).
  if (!/[^\x20-\x7e]/.test(value)) return value.toLowerCase();
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

/** Splits folded text into search words: letters and digits only. */
export function searchWords(value: string): string[] {
  return foldText(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
