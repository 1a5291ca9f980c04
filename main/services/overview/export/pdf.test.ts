// pdfmake as the export uses it may neither fetch a URL nor read a file, whatever a document asks for.
import { describe, expect, it } from 'vitest';
import { lockedPdfMake } from './pdf';

describe('the locked pdfmake', () => {
  it('refuses an image from a URL', async () => {
    const doc = { content: [{ image: 'logo' }], images: { logo: 'https://example.invalid/logo.png' } };
    await expect(lockedPdfMake().createPdf(doc).getBuffer()).rejects.toThrow(/denied by resource access policy/);
  });

  it('refuses an image or font from a local file', async () => {
    await expect(lockedPdfMake().createPdf({ content: [{ image: '/etc/hostname' }] }).getBuffer()).rejects.toThrow(/Access to local file denied/);
  });

  it('still makes a PDF from text with its own font', async () => {
    const pdf = await lockedPdfMake().createPdf({ content: ['Hallo'], defaultStyle: { font: 'Roboto' } }).getBuffer();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
