import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Jimp } from 'jimp';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/lib/pdf/layout.ts';
import type { PdfDocumentSpec } from '../../src/lib/pdf/spec.ts';
import { pdfText, runPdfTool } from '../support/pdf-tools.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lx-layout-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function render(spec: PdfDocumentSpec) {
  const bytes = await renderDocument(spec);
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  const text = await pdfText(file);
  return { file, text, pages: (await PDFDocument.load(bytes)).getPageCount() };
}

const squash = (value: string) => value.replace(/\s+/g, '');

describe('renderDocument', () => {
  it('splits a grid row taller than a page across pages without losing text', async () => {
    const long = Array.from({ length: 160 }, (_, i) => `第${i + 1}项承办案件情况说明。`).join('');
    const { text, pages } = await render({
      metadata: { title: '长单元格' },
      blocks: [
        {
          kind: 'grid',
          columns: [1, 4],
          rows: [[{ text: '备注', role: 'label' }, { text: long }]],
        },
      ],
    });
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(squash(text)).toContain(long);
  });

  it('moves a paragraph line that does not fit to the next page and numbers pages in the footer', async () => {
    const { text, pages } = await render({
      metadata: { title: '分页' },
      footer: { center: '第 {page} 页 / 共 {pages} 页' },
      blocks: [
        { kind: 'title', text: '标题' },
        { kind: 'spacer', height: 600 },
        { kind: 'paragraph', text: '正文。'.repeat(200) },
      ],
    });
    expect(pages).toBe(2);
    expect(text).toMatch(/第\s*2\s*页\s*\/\s*共\s*2\s*页/);
  });

  it('repeats a section heading with （续） on each page the section continues onto, and only there', async () => {
    const lines = Array.from({ length: 70 }, (_, i) => `第 ${i + 1} 条经历`);
    const long = await render({
      metadata: { title: '续' },
      blocks: [
        { kind: 'title', text: '标题' },
        { kind: 'section', title: '工作经历', lines },
      ],
    });
    expect(long.pages).toBeGreaterThanOrEqual(3);
    expect(long.text.match(/工作经历（续）/g)).toHaveLength(long.pages - 1);

    // The heading and first line do not fit under the spacer: both move, with no （续）.
    const moved = await render({
      metadata: { title: '续' },
      blocks: [
        { kind: 'title', text: '标题' },
        { kind: 'spacer', height: 680 },
        { kind: 'section', title: '工作经历', lines: lines.slice(0, 3) },
      ],
    });
    expect(moved.pages).toBe(2);
    expect(moved.text).toContain('工作经历');
    expect(moved.text).not.toContain('（续）');
  });

  it('places images at absolute positions on the chosen pages (seal, QR code)', async () => {
    const seal = new Uint8Array(
      await new Jimp({ width: 120, height: 120, color: 0xcc000080 }).getBuffer('image/png'),
    );
    const { file, pages } = await render({
      metadata: { title: '证书' },
      blocks: [{ kind: 'paragraph', text: '兹证明。\n'.repeat(80) }],
      images: [
        {
          image: { format: 'png', bytes: seal },
          page: 'last',
          x: 400,
          y: 600,
          width: 120,
          height: 120,
        },
        {
          image: { format: 'png', bytes: seal },
          page: 'every',
          x: 20,
          y: 20,
          width: 40,
          height: 40,
        },
      ],
    });
    expect(pages).toBe(2);
    const rows = (await runPdfTool('pdfimages', ['-list', file])).stdout
      .trim()
      .split('\n')
      .slice(2)
      .filter((row) => row.trim().split(/\s+/)[2] === 'image'); // not the alpha masks
    // One image on page 1, two on page 2 (the same embedded image object every time).
    expect(rows.map((row) => row.trim().split(/\s+/)[0])).toEqual(['1', '2', '2']);
    expect(new Set(rows.map((row) => row.trim().split(/\s+/)[10])).size).toBe(1);
  });
});
