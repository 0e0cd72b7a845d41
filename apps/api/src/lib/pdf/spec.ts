// What a document template hands to renderDocument: data only, no drawing. Lengths are PDF points
// (1/72 inch); A4 is 595.28 × 841.89. Grid column widths are relative and fill the text width.

export type PdfImage = { format: 'jpeg' | 'png'; bytes: Uint8Array };

export type TextAlign = 'left' | 'center' | 'right';

/** Large centred heading, e.g. 律师基本信息登记表. */
export type TitleBlock = { kind: 'title'; text: string; size?: number };

/** Wrapped text; a line that does not fit moves to the next page. */
export type ParagraphBlock = {
  kind: 'paragraph';
  text: string;
  size?: number;
  align?: TextAlign;
  /** Multiple of the font size; 1.5 unless given. */
  lineHeight?: number;
  /** First-line indent in characters (2 for Chinese body text). */
  indent?: number;
};

/** Labels are shaded and centred, values plain and left-aligned, as on printed forms. */
export type GridCell = { text: string; role?: 'label' | 'value'; span?: number; align?: TextAlign };

/**
 * A photo (or a box saying where one goes) in the last column, across the first `rows` rows; those
 * rows span one column fewer. The rows grow if the photo at the column's width needs more height.
 */
export type GridPhoto = { image: PdfImage | null; rows: number; placeholder: string };

/** Bordered table; each row's spans must add up to the number of columns. */
export type GridBlock = {
  kind: 'grid';
  columns: number[];
  rows: GridCell[][];
  photo?: GridPhoto;
  size?: number;
  minRowHeight?: number;
};

/** A titled list drawn as a table: a shaded heading row, then one row per line. */
export type SectionBlock = {
  kind: 'section';
  title: string;
  lines: string[];
  /** Shown as the only row when there are no lines. */
  emptyText?: string;
  size?: number;
};

export type SpacerBlock = { kind: 'spacer'; height: number };

/**
 * Right-aligned closing lines (the issuer's name, the date), kept on one page, with the issuer's
 * seal drawn over them as on a stamped paper.
 */
export type SignatureBlock = {
  kind: 'signature';
  lines: string[];
  size?: number;
  seal?: { text: string; label: string; diameter: number };
};

export type Block =
  | TitleBlock
  | ParagraphBlock
  | GridBlock
  | SectionBlock
  | SpacerBlock
  | SignatureBlock;

/** An image at a fixed place, e.g. the association's seal or a verification QR code. */
export type PlacedImage = {
  image: PdfImage;
  /** 1-based page number, or first/last/every page. */
  page: number | 'first' | 'last' | 'every';
  /** Top-left corner, measured from the page's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
};

/** Per-page text; `{page}` and `{pages}` are replaced by the page number and page count. */
export type PageText = { left?: string; center?: string; right?: string };

export type PdfDocumentSpec = {
  metadata: { title: string; subject?: string; author?: string; keywords?: string[] };
  /** [width, height]; A4 portrait unless given. */
  pageSize?: [number, number];
  margins?: { top: number; right: number; bottom: number; left: number };
  /** Body text size; 10.5 pt (五号) unless given. */
  fontSize?: number;
  /** Diagonal, translucent, on every page, above the content. */
  watermark?: string | null;
  footer?: PageText;
  blocks: Block[];
  images?: PlacedImage[];
};
