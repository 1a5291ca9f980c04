// The overview as a PDF (pdfmake in Node, no browser): A4, the screen's order, the heading, the legend, each
// chart above its table as on the screen (pdf-charts.ts), each table with its header row repeated on a new page. pdfmake may neither fetch a URL nor read a file: both
// policies refuse everything, and the fonts (Roboto, shipped with pdfmake) come from its virtual file system.
import pdfmake, { type Content, type DocDefinition } from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { ExportDocument } from './export-document';
import { dutchNumber } from './dutch-number';
import { chartContent } from './pdf-charts';
import type { PublishedCell, PublishedTable } from './suppress';

const FONTS = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };

let configured = false;

/** pdfmake is one shared object: set it up once, locked down. */
export function lockedPdfMake(): typeof pdfmake {
  if (!configured) {
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    for (const file of Object.values(FONTS)) {
      const base64 = vfs[file];
      if (base64 === undefined) throw new Error(`pdfmake's font ${file} is missing`);
      pdfmake.virtualfs.writeFileSync(file, Buffer.from(base64, 'base64'));
    }
    pdfmake.setFonts({ Roboto: FONTS });
    configured = true;
  }
  return pdfmake;
}

const cellText = (c: PublishedCell) => (c.kind === 'number' ? dutchNumber(c.value, c.decimals) : c.text);

function tableContent(table: PublishedTable): Content {
  const header: Content[] = [table.labelHeader, ...table.columns].map((text, i) => ({ text, bold: true, alignment: i === 0 ? 'left' : 'right', fillColor: '#eeeeee' }));
  const body: Content[][] = [
    header,
    ...table.rows.map((row) => [
      { text: row.label, bold: row.total },
      ...row.cells.map((c): Content => ({ text: cellText(c), alignment: 'right', bold: row.total })),
    ]),
  ];
  // Three month columns of one width in every table, as on the screen; the trend's six columns fit themselves.
  const valueWidth = table.columns.length === 3 ? 100 : 'auto';
  const chart = chartContent(table);
  return {
    // A short table stays on one page with its title (and its chart).
    unbreakable: table.rows.length <= (chart ? 12 : 16),
    stack: [
      { text: table.title, style: 'tableTitle' },
      ...(chart ? [chart] : []),
      table.rows.length === 0
        ? { text: '–', margin: [0, 0, 0, 8] }
        : { table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths: ['*', ...table.columns.map(() => valueWidth)], body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] },
    ],
  };
}

export async function overviewPdf(doc: ExportDocument): Promise<Uint8Array> {
  const made = new Date(doc.generatedAt);
  const definition: DocDefinition = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 50],
    info: { title: doc.title, subject: doc.month, author: 'KBZ Werkplek', creator: 'KBZ Werkplek', producer: 'KBZ Werkplek', creationDate: made, modDate: made },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: { title: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] }, tableTitle: { fontSize: 11, bold: true, margin: [0, 6, 0, 4] }, legend: { fontSize: 8, color: '#444444' } },
    content: [
      { text: doc.title, style: 'title' },
      ...doc.heading.map((line): Content => ({ text: line })),
      { stack: doc.legend.map((line): Content => ({ text: line, style: 'legend' })), margin: [0, 6, 0, 8] },
      ...doc.tables.map(tableContent),
    ],
    footer: (page, pages) => ({ text: `${doc.title} · ${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
  };
  return new Uint8Array(await lockedPdfMake().createPdf(definition).getBuffer());
}
