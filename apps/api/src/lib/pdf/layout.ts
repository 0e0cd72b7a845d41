// renderDocument: turns a PdfDocumentSpec into PDF bytes. Every document of the platform
// (registration form, card application, certificates) is a spec built by a small template, so
// fonts, page breaks, footers and watermarks behave the same everywhere.
import { degrees, PDFDocument, rgb, type PDFImage, type PDFPage } from 'pdf-lib';
import { embedDocumentFont, EM_BOX_TOP } from './font.ts';
import { CONTINUED, drawGrid, drawSection } from './grid.ts';
import {
  baselineIn,
  createFlow,
  drawLine,
  fit,
  flushRules,
  linesOf,
  type PageFlow,
} from './page-flow.ts';
import type {
  Block,
  ParagraphBlock,
  PageText,
  PdfDocumentSpec,
  PlacedImage,
  SignatureBlock,
  TitleBlock,
} from './spec.ts';
import { drawSeal } from './seal.ts';

export const A4: [number, number] = [595.28, 841.89];
/** 2 cm top and bottom, 1.8 cm at the sides: room for binding and a footer. */
const DEFAULT_MARGINS = { top: 56.7, right: 51, bottom: 56.7, left: 51 };
const FOOTER_SIZE = 8;
const PRODUCER = '律师协会会员服务平台 (pdf-lib)';

const PAGE_PLACEHOLDERS = /\{page\}|\{pages\}/g;

function pageTexts(footer: PageText | undefined): string[] {
  if (!footer) return [];
  return [footer.left, footer.center, footer.right].filter((t): t is string => !!t);
}

/** Every character that will be drawn, so the font subset is made once and complete. */
export function charactersOf(spec: PdfDocumentSpec): string {
  const parts: string[] = [spec.watermark ?? ''];
  for (const text of pageTexts(spec.footer)) parts.push(text.replace(PAGE_PLACEHOLDERS, ''));
  if (spec.footer) parts.push('0123456789');
  for (const block of spec.blocks) parts.push(...blockTexts(block));
  return parts.join('');
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'title':
    case 'paragraph':
      return [block.text];
    case 'grid':
      return [...block.rows.flat().map((c) => c.text), block.photo?.placeholder ?? ''];
    case 'section':
      return [block.title, CONTINUED, ...block.lines, block.emptyText ?? ''];
    case 'spacer':
      return [];
    case 'signature':
      return [...block.lines, block.seal?.text ?? '', block.seal?.label ?? ''];
  }
}

function drawText(flow: PageFlow, block: TitleBlock | ParagraphBlock): void {
  const title = block.kind === 'title';
  const size = block.size ?? (title ? 18 : flow.fontSize);
  const lineHeight = size * (block.kind === 'paragraph' ? (block.lineHeight ?? 1.5) : 1.6);
  const align = block.kind === 'paragraph' ? (block.align ?? 'left') : 'center';
  const indent = block.kind === 'paragraph' ? (block.indent ?? 0) * size : 0;
  // With an indent the first line is wrapped to the narrower width, the rest to the full width
  // (Chinese text: no spaces are lost in re-joining the remainder).
  const [first = '', ...rest] = linesOf(flow, block.text, flow.width - indent, size);
  const lines = indent
    ? [first, ...(rest.length ? linesOf(flow, rest.join(''), flow.width, size) : [])]
    : [first, ...rest];
  lines.forEach((line, i) => {
    fit(flow, lineHeight);
    const shift = i === 0 ? indent : 0;
    drawLine(flow, line, {
      x: flow.left + shift,
      width: flow.width - shift,
      baseline: baselineIn(flow.y, lineHeight, size),
      size,
      align,
    });
    flow.y -= lineHeight;
  });
}

function drawSignature(flow: PageFlow, block: SignatureBlock): void {
  const size = block.size ?? flow.fontSize;
  const lineHeight = size * 1.8;
  const lines = block.lines.map((line) => flow.font.clean(line));
  const height = Math.max(lines.length * lineHeight, (block.seal?.diameter ?? 0) * 0.9);
  fit(flow, height);
  const top = flow.y - (height - lines.length * lineHeight) / 2;
  const widest = Math.max(...lines.map((line) => flow.font.widthOf(line, size)), 0);
  lines.forEach((line, i) => {
    drawLine(flow, line, {
      x: flow.left,
      width: flow.width - size * 2,
      baseline: baselineIn(top - i * lineHeight, lineHeight, size),
      size,
      align: 'right',
    });
  });
  if (block.seal) {
    const cx = flow.left + flow.width - size * 2 - widest / 2;
    drawSeal(flow.page, flow.font, block.seal, cx, top - (lines.length * lineHeight) / 2);
  }
  flow.y -= height;
}

async function drawBlock(flow: PageFlow, block: Block): Promise<void> {
  switch (block.kind) {
    case 'title':
    case 'paragraph':
      return drawText(flow, block);
    case 'grid':
      return drawGrid(flow, block);
    case 'section':
      return drawSection(flow, block);
    case 'spacer':
      // Space at the top of a page is not wanted: a page break already separates.
      if (flow.y < flow.top) flow.y = Math.max(flow.bottom, flow.y - block.height);
      return;
    case 'signature':
      return drawSignature(flow, block);
  }
}

function drawFooter(flow: PageFlow, footer: PageText): void {
  const pages = flow.pages.length;
  const baseline = flow.bottom / 2 - FOOTER_SIZE / 2;
  flow.pages.forEach((page, i) => {
    const fill = (text: string) =>
      flow.font.clean(
        text.replace(PAGE_PLACEHOLDERS, (p) => String(p === '{page}' ? i + 1 : pages)),
      );
    for (const align of ['left', 'center', 'right'] as const) {
      const text = footer[align];
      if (!text) continue;
      drawLine(flow, fill(text), {
        x: flow.left,
        width: flow.width,
        baseline,
        size: FOOTER_SIZE,
        align,
        page,
      });
    }
  });
}

const WATERMARK_COLOR = rgb(0.75, 0.1, 0.1);

/**
 * Large, diagonal, translucent: readable as a status while the form underneath stays legible. It
 * is drawn as outlines because diagonal text would be interleaved, character by character, with
 * the form's text by extractors; the status is written once per page as real text in the header.
 */
function drawWatermark(flow: PageFlow, text: string): void {
  const clean = flow.font.clean(text);
  const [pageWidth, pageHeight] = flow.pageSize;
  const angle = Math.atan2(pageHeight, pageWidth);
  const diagonal = Math.hypot(pageWidth, pageHeight);
  const size = Math.min(72, (diagonal * 0.6) / Math.max(1, flow.font.widthOf(clean, 1)));
  const width = flow.font.widthOf(clean, size);
  // Rotate about the text's own centre so it sits in the middle of the page.
  const midHeight = (EM_BOX_TOP - 0.5) * size;
  const x = pageWidth / 2 - (width / 2) * Math.cos(angle) + midHeight * Math.sin(angle);
  const y = pageHeight / 2 - (width / 2) * Math.sin(angle) - midHeight * Math.cos(angle);
  const { path, unitsPerEm } = flow.font.outline(clean);
  for (const page of flow.pages) {
    page.drawSvgPath(path, {
      x,
      y,
      scale: size / unitsPerEm,
      rotate: degrees((angle * 180) / Math.PI),
      color: WATERMARK_COLOR,
      opacity: 0.16,
    });
    drawLine(flow, clean, {
      x: flow.left,
      width: flow.width,
      baseline: (pageHeight + flow.top) / 2 - FOOTER_SIZE / 2,
      size: FOOTER_SIZE + 1,
      align: 'right',
      color: WATERMARK_COLOR,
      page,
    });
  }
}

function pagesFor(pages: PDFPage[], which: PlacedImage['page']): PDFPage[] {
  if (which === 'every') return pages;
  if (which === 'first') return pages.slice(0, 1);
  if (which === 'last') return pages.slice(-1);
  return pages.slice(which - 1, which);
}

async function drawPlacedImages(flow: PageFlow, images: PlacedImage[]): Promise<void> {
  const embedded = new Map<Uint8Array, PDFImage>();
  for (const placed of images) {
    let image = embedded.get(placed.image.bytes);
    if (!image) {
      image =
        placed.image.format === 'jpeg'
          ? await flow.pdf.embedJpg(placed.image.bytes)
          : await flow.pdf.embedPng(placed.image.bytes);
      embedded.set(placed.image.bytes, image);
    }
    for (const page of pagesFor(flow.pages, placed.page)) {
      page.drawImage(image, {
        x: placed.x,
        y: page.getHeight() - placed.y - placed.height,
        width: placed.width,
        height: placed.height,
      });
    }
  }
}

export async function renderDocument(spec: PdfDocumentSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(spec.metadata.title, { showInWindowTitleBar: true });
  if (spec.metadata.subject) pdf.setSubject(spec.metadata.subject);
  if (spec.metadata.author) pdf.setAuthor(spec.metadata.author);
  if (spec.metadata.keywords) pdf.setKeywords(spec.metadata.keywords);
  pdf.setProducer(PRODUCER);
  pdf.setCreator(PRODUCER);
  pdf.setLanguage('zh-CN');

  const font = await embedDocumentFont(pdf, charactersOf(spec));
  const pageSize = spec.pageSize ?? A4;
  const margins = spec.margins ?? DEFAULT_MARGINS;
  const flow = createFlow({
    pdf,
    font,
    pageSize,
    left: margins.left,
    width: pageSize[0] - margins.left - margins.right,
    top: pageSize[1] - margins.top,
    bottom: margins.bottom,
    fontSize: spec.fontSize ?? 10.5,
  });

  for (const block of spec.blocks) await drawBlock(flow, block);
  flushRules(flow);
  if (spec.images?.length) await drawPlacedImages(flow, spec.images);
  if (spec.footer) drawFooter(flow, spec.footer);
  if (spec.watermark) drawWatermark(flow, spec.watermark);
  return pdf.save();
}
