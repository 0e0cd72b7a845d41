// Bordered tables (key–value grids, the photo column, titled sections). Rows are measured first,
// then drawn in units that must not be separated by a page break: the rows beside the photo, and a
// section heading with its first line. A single row taller than a whole page is split by lines.
import type { PDFImage } from 'pdf-lib';
import {
  baselineIn,
  drawLine,
  drawRule,
  isFreshPage,
  LABEL_SHADE,
  linesOf,
  newPage,
  spaceLeft,
  type PageFlow,
} from './page-flow.ts';
import type { GridBlock, GridCell, PdfImage, SectionBlock, TextAlign } from './spec.ts';

const PAD_X = 4;
const PAD_Y = 4.5;
const LINE_HEIGHT = 1.45;
/** 358 × 441, the ID photo's shape, for the empty box when there is no photo. */
const PHOTO_ASPECT = 441 / 358;

type MeasuredCell = {
  x: number;
  width: number;
  lines: string[];
  shaded: boolean;
  align: TextAlign;
};
type MeasuredRow = { cells: MeasuredCell[]; height: number; size: number };
type PhotoCell = { x: number; width: number; image: PDFImage | null; placeholder: string };
type RowUnit = { rows: MeasuredRow[]; photo?: PhotoCell };

/** Appended to a section's heading when the section continues on a new page. */
export const CONTINUED = '（续）';

const lineHeightOf = (size: number) => size * LINE_HEIGHT;

function columnEdges(flow: PageFlow, columns: number[]): number[] {
  const total = columns.reduce((sum, c) => sum + c, 0);
  const edges = [flow.left];
  let at = flow.left;
  for (const c of columns) {
    at += (flow.width * c) / total;
    edges.push(at);
  }
  return edges;
}

function measureRow(
  flow: PageFlow,
  cells: GridCell[],
  edges: number[],
  size: number,
  minHeight: number,
): MeasuredRow {
  let column = 0;
  const measured = cells.map((cell) => {
    const span = Math.max(1, cell.span ?? 1);
    const x = edges[column] ?? flow.left;
    const end = edges[Math.min(column + span, edges.length - 1)] ?? flow.left + flow.width;
    column += span;
    const label = cell.role === 'label';
    return {
      x,
      width: end - x,
      lines: linesOf(flow, cell.text, end - x - 2 * PAD_X, size),
      shaded: label,
      align: cell.align ?? (label ? 'center' : 'left'),
    };
  });
  const tallest = Math.max(1, ...measured.map((c) => c.lines.length));
  return {
    cells: measured,
    height: Math.max(minHeight, tallest * lineHeightOf(size) + 2 * PAD_Y),
    size,
  };
}

// Each rule is drawn once: shared edges drawn twice look heavier than the rest when rasterised.
function drawRow(flow: PageFlow, row: MeasuredRow): void {
  const lineHeight = lineHeightOf(row.size);
  const top = flow.y;
  const bottom = top - row.height;
  const first = row.cells[0];
  const last = row.cells[row.cells.length - 1];
  if (!first || !last) return;
  for (const cell of row.cells) {
    if (cell.shaded) {
      flow.page.drawRectangle({
        x: cell.x,
        y: bottom,
        width: cell.width,
        height: row.height,
        color: LABEL_SHADE,
      });
    }
    // Vertically centred, as printed forms do when a neighbouring cell wraps.
    const textTop = top - (row.height - cell.lines.length * lineHeight) / 2;
    cell.lines.forEach((text, i) => {
      drawLine(flow, text, {
        x: cell.x + PAD_X,
        width: cell.width - 2 * PAD_X,
        baseline: baselineIn(textTop - i * lineHeight, lineHeight, row.size),
        size: row.size,
        align: cell.align,
      });
    });
  }
  const right = last.x + last.width;
  if (flow.ruleY !== top) drawRule(flow, first.x, top, right, top);
  drawRule(flow, first.x, bottom, right, bottom);
  for (const cell of row.cells) drawRule(flow, cell.x, top, cell.x, bottom);
  drawRule(flow, right, top, right, bottom);
  flow.y = bottom;
  flow.ruleY = bottom;
}

/** The rows beside the photo have drawn its left edge; this adds the other three. */
function drawPhoto(flow: PageFlow, photo: PhotoCell, top: number, topRule: boolean): void {
  const bottom = flow.y;
  const height = top - bottom;
  const right = photo.x + photo.width;
  if (topRule) drawRule(flow, photo.x, top, right, top);
  drawRule(flow, photo.x, bottom, right, bottom);
  drawRule(flow, right, top, right, bottom);
  const boxWidth = photo.width - 2 * PAD_X;
  const boxHeight = height - 2 * PAD_X;
  if (!photo.image) {
    const size = flow.fontSize;
    drawLine(flow, flow.font.clean(photo.placeholder), {
      x: photo.x,
      width: photo.width,
      baseline: baselineIn(top - height / 2 + size, 2 * size, size),
      size,
      align: 'center',
    });
    return;
  }
  const scale = Math.min(boxWidth / photo.image.width, boxHeight / photo.image.height);
  const width = photo.image.width * scale;
  const drawnHeight = photo.image.height * scale;
  flow.page.drawImage(photo.image, {
    x: photo.x + (photo.width - width) / 2,
    y: bottom + (height - drawnHeight) / 2,
    width,
    height: drawnHeight,
  });
}

/** Splits a row after `count` line slots; the rest continues as a row of its own. */
function splitRow(row: MeasuredRow, count: number): [MeasuredRow, MeasuredRow] {
  const part = (from: number, to?: number): MeasuredRow => {
    const cells = row.cells.map((c) => ({ ...c, lines: c.lines.slice(from, to) }));
    const tallest = Math.max(1, ...cells.map((c) => c.lines.length));
    return { ...row, cells, height: tallest * lineHeightOf(row.size) + 2 * PAD_Y };
  };
  return [part(0, count), part(count)];
}

/**
 * Draws units in order, breaking pages between them. A row taller than any page fills the rest of
 * the current one and carries on; `repeat` (a section's heading) opens every continuation page.
 */
function drawUnits(flow: PageFlow, units: RowUnit[], repeat?: MeasuredRow): void {
  const room = flow.top - flow.bottom - (repeat?.height ?? 0) + 0.01;
  let started = false;
  const continueOnNewPage = () => {
    newPage(flow);
    if (repeat && started) drawRow(flow, repeat);
  };
  const queue = [...units];
  for (let unit = queue.shift(); unit; unit = queue.shift()) {
    const height = unit.rows.reduce((sum, r) => sum + r.height, 0);
    if (height > room && !unit.photo && unit.rows.length > 1) {
      queue.unshift(...unit.rows.map((row) => ({ rows: [row] })));
      continue;
    }
    const row = unit.rows[0];
    const lineCount = Math.max(0, ...(row?.cells.map((c) => c.lines.length) ?? []));
    if (height > room && !unit.photo && row && lineCount > 1) {
      const slotsLeft = () => Math.floor((spaceLeft(flow) - 2 * PAD_Y) / lineHeightOf(row.size));
      if (slotsLeft() < 2) continueOnNewPage();
      const [head, rest] = splitRow(row, Math.max(1, slotsLeft()));
      drawRow(flow, head);
      started = true;
      queue.unshift({ rows: [rest] });
      continue;
    }
    if (height > spaceLeft(flow) + 0.01 && !isFreshPage(flow)) continueOnNewPage();
    // The photo group is a handful of short identity rows; it is drawn whole even if it overflows.
    const top = flow.y;
    const topRule = flow.ruleY !== top;
    for (const r of unit.rows) drawRow(flow, r);
    if (unit.photo) drawPhoto(flow, unit.photo, top, topRule);
    started = true;
  }
}

async function embedImage(flow: PageFlow, image: PdfImage): Promise<PDFImage> {
  return image.format === 'jpeg' ? flow.pdf.embedJpg(image.bytes) : flow.pdf.embedPng(image.bytes);
}

export async function drawGrid(flow: PageFlow, block: GridBlock): Promise<void> {
  const size = block.size ?? flow.fontSize;
  const minHeight = block.minRowHeight ?? lineHeightOf(size) + 2 * PAD_Y + 3;
  const edges = columnEdges(flow, block.columns);
  const rows = block.rows.map((cells) => measureRow(flow, cells, edges, size, minHeight));
  const photoRows = block.photo ? Math.min(block.photo.rows, rows.length) : 0;
  const units: RowUnit[] = rows.slice(photoRows).map((row) => ({ rows: [row] }));
  if (block.photo && photoRows > 0) {
    const x = edges[edges.length - 2] ?? flow.left;
    const width = flow.left + flow.width - x;
    const image = block.photo.image ? await embedImage(flow, block.photo.image) : null;
    const aspect = image ? image.height / image.width : PHOTO_ASPECT;
    const needed = (width - 2 * PAD_X) * aspect + 2 * PAD_X;
    const group = rows.slice(0, photoRows);
    const have = group.reduce((sum, r) => sum + r.height, 0);
    // Grow the rows evenly rather than squeezing the photo.
    const extra = Math.max(0, needed - have) / group.length;
    for (const row of group) row.height += extra;
    units.unshift({
      rows: group,
      photo: { x, width, image, placeholder: block.photo.placeholder },
    });
  }
  drawUnits(flow, units);
}

export function drawSection(flow: PageFlow, block: SectionBlock): void {
  const size = block.size ?? flow.fontSize;
  const minHeight = lineHeightOf(size) + 2 * PAD_Y + 3;
  const edges = [flow.left, flow.left + flow.width];
  const heading = measureRow(
    flow,
    [{ text: block.title, role: 'label', align: 'left' }],
    edges,
    size,
    minHeight,
  );
  const texts = block.lines.length > 0 ? block.lines : [block.emptyText ?? ''];
  const rows = texts.map((text) => measureRow(flow, [{ text }], edges, size, minHeight));
  const continued = measureRow(
    flow,
    [{ text: block.title + CONTINUED, role: 'label', align: 'left' }],
    edges,
    size,
    minHeight,
  );
  const [first, ...rest] = rows;
  // Never leave a heading alone at the bottom of a page.
  drawUnits(
    flow,
    [{ rows: first ? [heading, first] : [heading] }, ...rest.map((r) => ({ rows: [r] }))],
    continued,
  );
}
