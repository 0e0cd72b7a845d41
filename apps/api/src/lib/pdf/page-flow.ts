// The moving cursor of a document: the current page, the free space left on it, and the few
// drawing primitives every block uses. Blocks ask `fit` before drawing so page breaks happen in
// one place.
import { LineCapStyle, rgb, type Color, type PDFDocument, type PDFPage } from 'pdf-lib';
import { EM_BOX_TOP, type DocumentFont } from './font.ts';
import type { TextAlign } from './spec.ts';
import { wrapText } from './text-wrap.ts';

export const BLACK = rgb(0, 0, 0);
export const LABEL_SHADE = rgb(0.94, 0.94, 0.94);
export const RULE_WIDTH = 0.6;

export type PageFlow = {
  pdf: PDFDocument;
  font: DocumentFont;
  pages: PDFPage[];
  page: PDFPage;
  pageSize: [number, number];
  /** Content box in PDF coordinates (origin bottom-left). */
  left: number;
  width: number;
  top: number;
  bottom: number;
  /** Top edge of the free space on the current page. */
  y: number;
  /** Where the last table rule was drawn on this page, so a table right below shares it. */
  ruleY?: number;
  /** Rules of the current page, drawn last so no cell shading painted later can cover them. */
  rules: [number, number, number, number][];
  fontSize: number;
};

/** A flow positioned at the top of a first, new page. */
export function createFlow(options: Omit<PageFlow, 'page' | 'pages' | 'y' | 'rules'>): PageFlow {
  const page = options.pdf.addPage(options.pageSize);
  return { ...options, pages: [page], page, y: options.top, rules: [] };
}

/** Draws the current page's table rules; call when the page is finished. */
export function flushRules(flow: PageFlow): void {
  for (const [x1, y1, x2, y2] of flow.rules) {
    flow.page.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: RULE_WIDTH,
      color: BLACK,
      // Square caps close the corners where a horizontal and a vertical rule meet.
      lineCap: LineCapStyle.Projecting,
    });
  }
  flow.rules = [];
}

export function newPage(flow: PageFlow): void {
  flushRules(flow);
  flow.page = flow.pdf.addPage(flow.pageSize);
  flow.pages.push(flow.page);
  flow.y = flow.top;
  flow.ruleY = undefined;
}

export const isFreshPage = (flow: PageFlow) => flow.y >= flow.top;

export const spaceLeft = (flow: PageFlow) => flow.y - flow.bottom;

/**
 * Makes room for `height`: starts a new page unless it fits or the page is still empty (something
 * taller than a whole page has to be drawn, or split by the caller, somewhere).
 */
export function fit(flow: PageFlow, height: number): void {
  if (height > spaceLeft(flow) + 0.01 && !isFreshPage(flow)) newPage(flow);
}

/** A table rule on the current page (drawn by flushRules). */
export function drawRule(flow: PageFlow, x1: number, y1: number, x2: number, y2: number): void {
  flow.rules.push([x1, y1, x2, y2]);
}

/** Baseline that centres the ideographic em box of `size` in a line of height `lineHeight`. */
export function baselineIn(lineTop: number, lineHeight: number, size: number): number {
  return lineTop - (lineHeight - size) / 2 - EM_BOX_TOP * size;
}

export function drawLine(
  flow: PageFlow,
  text: string,
  options: {
    x: number;
    width: number;
    baseline: number;
    size: number;
    align?: TextAlign;
    color?: Color;
    page?: PDFPage;
  },
): void {
  if (!text) return;
  const textWidth = flow.font.widthOf(text, options.size);
  const offset =
    options.align === 'center'
      ? (options.width - textWidth) / 2
      : options.align === 'right'
        ? options.width - textWidth
        : 0;
  (options.page ?? flow.page).drawText(text, {
    x: options.x + offset,
    y: options.baseline,
    size: options.size,
    font: flow.font.pdfFont,
    color: options.color ?? BLACK,
  });
}

/** Text lines in their final form: cleaned for the font and wrapped to `width`. */
export function linesOf(flow: PageFlow, text: string, width: number, size: number): string[] {
  return wrapText(flow.font.clean(text), width, (value) => flow.font.widthOf(value, size));
}
