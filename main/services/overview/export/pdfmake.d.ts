// pdfmake 0.3 ships no types: the small part of its Node API the overview's PDF uses.
declare module 'pdfmake' {
  export type Content = string | ContentObject | Content[];
  export interface ContentObject {
    image?: string;
    text?: Content;
    table?: { headerRows?: number; widths?: (string | number)[]; body: Content[][]; dontBreakRows?: boolean; keepWithHeaderRows?: number };
    layout?: string;
    style?: string | string[];
    bold?: boolean;
    fontSize?: number;
    alignment?: 'left' | 'right' | 'center';
    margin?: number | [number, number] | [number, number, number, number];
    stack?: Content[];
    unbreakable?: boolean;
    color?: string;
    fillColor?: string;
    canvas?: CanvasRect[];
    width?: number | string;
    columns?: Content[];
    columnGap?: number;
  }
  export interface CanvasRect {
    type: 'rect';
    x: number;
    y: number;
    w: number;
    h: number;
    color?: string;
  }
  export interface DocDefinition {
    pageSize?: string;
    pageOrientation?: 'portrait' | 'landscape';
    pageMargins?: number | [number, number, number, number];
    info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string; creationDate?: Date; modDate?: Date };
    content: Content[];
    styles?: Record<string, ContentObject>;
    defaultStyle?: ContentObject & { font?: string };
    footer?: (currentPage: number, pageCount: number) => Content;
    images?: Record<string, string>;
    compress?: boolean;
  }
  export interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  export interface VirtualFileSystem {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Buffer): void;
  }
  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  export interface PdfMake {
    virtualfs: VirtualFileSystem;
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(doc: DocDefinition, options?: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module 'pdfmake/build/vfs_fonts' {
  /** File name → base64 (Roboto). */
  const vfs: Record<string, string>;
  export default vfs;
}
