// Recognises a file that is no text at all (an image, a zip, an Office document, a PDF), so it is
// refused as "not a CSV file" instead of failing somewhere in the middle as a broken CSV.

/** Starts of binary formats people pick by mistake instead of the CSV export. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV, AVI
  [0x50, 0x4b, 0x03, 0x04], // ZIP, and so .xlsx, .docx, .odt
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x50, 0x4b, 0x07, 0x08], // spanned ZIP
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: old .xls and .doc
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7-Zip
];

/** How much of the file the checks look at: a binary file shows itself in its first bytes. */
const SAMPLE_CHARS = 8192;

export function hasBinarySignature(bytes: Uint8Array): boolean {
  return SIGNATURES.some((sig) => sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b));
}

/**
 * NUL, or more than a few other control characters, in the start of the decoded text. Tab, line
 * breaks, form feed, vertical tab (some systems' line break inside a cell) and Ctrl-Z (the old
 * end-of-file mark) occur in real exports and do not count.
 */
export function hasBinaryControls(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1a) || c === 0x7f) {
      controls++;
    }
  }
  return controls > Math.max(2, sample.length / 100);
}
