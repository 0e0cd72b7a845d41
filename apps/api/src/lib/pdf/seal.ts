// The association's seal (公章) as vector drawing: a red ring, the association's name along the top
// arc, a five-pointed star and a label under it. The characters are drawn as glyph outlines, so the
// seal does not mix into the document's extracted text (the name is printed as text beside it).
import { degrees, rgb, type PDFPage } from 'pdf-lib';
import type { DocumentFont } from './font.ts';

export const SEAL_RED = rgb(0.86, 0.08, 0.08);

export type SealSpec = {
  /** Along the arc, e.g. 东江市律师协会. */
  text: string;
  /** Under the star, e.g. 电子证明专用章. */
  label: string;
  diameter: number;
};

/** A five-pointed star of outer radius 1 centred on the origin, y down (SVG). */
function starPath(): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(r * Math.cos(a)).toFixed(4)} ${(r * Math.sin(a)).toFixed(4)}`);
  }
  return `M ${points.join(' L ')} Z`;
}

/** Draws the seal centred on (cx, cy), in PDF coordinates. */
export function drawSeal(
  page: PDFPage,
  font: DocumentFont,
  seal: SealSpec,
  cx: number,
  cy: number,
): void {
  const radius = seal.diameter / 2;
  const ring = Math.max(1.5, seal.diameter * 0.035);
  page.drawCircle({
    x: cx,
    y: cy,
    size: radius - ring / 2,
    borderWidth: ring,
    borderColor: SEAL_RED,
    opacity: 0,
    borderOpacity: 0.9,
  });

  const text = font.clean(seal.text);
  const chars = [...text];
  const size = Math.min(seal.diameter * 0.15, (Math.PI * radius * 1.1) / Math.max(chars.length, 1));
  // Characters spread over up to 240° of the top arc, left to right, their tops to the ring.
  const span = Math.min((240 * Math.PI) / 180, (chars.length * size * 1.1) / (radius * 0.75));
  const baselineRadius = radius - ring * 1.6 - size * 0.88;
  chars.forEach((ch, i) => {
    const theta =
      Math.PI / 2 + span / 2 - (chars.length === 1 ? span / 2 : (i * span) / (chars.length - 1));
    const up = { x: Math.cos(theta), y: Math.sin(theta) };
    const right = { x: Math.sin(theta), y: -Math.cos(theta) };
    const width = font.widthOf(ch, size);
    const { path, unitsPerEm } = font.outline(ch);
    page.drawSvgPath(path, {
      x: cx + baselineRadius * up.x - (width / 2) * right.x,
      y: cy + baselineRadius * up.y - (width / 2) * right.y,
      scale: size / unitsPerEm,
      rotate: degrees(((theta - Math.PI / 2) * 180) / Math.PI),
      color: SEAL_RED,
      opacity: 0.9,
    });
  });

  const star = radius * 0.28;
  page.drawSvgPath(starPath(), { x: cx, y: cy, scale: star, color: SEAL_RED, opacity: 0.9 });

  const label = font.clean(seal.label);
  const labelSize = Math.min(seal.diameter * 0.1, (radius * 1.2) / Math.max([...label].length, 1));
  const labelWidth = font.widthOf(label, labelSize);
  const { path, unitsPerEm } = font.outline(label);
  page.drawSvgPath(path, {
    x: cx - labelWidth / 2,
    y: cy - radius * 0.55,
    scale: labelSize / unitsPerEm,
    color: SEAL_RED,
    opacity: 0.9,
  });
}
