import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Jimp } from 'jimp';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderRegistrationForm,
  type RegistrationForm,
} from '../../src/lib/pdf/registration-form.ts';
import { pdfText, runPdfTool } from '../support/pdf-tools.ts';

const NAME = '欧阳晓雯';
const ID_NUMBER = '11010519491231002X';
const WATERMARK = '尚未提交审核';
const EDUCATION_LINE = '2008-09 至 2012-06　中国政法大学　法学　本科　法学学士';

async function idPhoto(): Promise<Uint8Array> {
  // A recognisable portrait-shaped picture: blue background, a lighter face-sized block.
  const image = new Jimp({ width: 358, height: 441, color: 0x3b6ea5ff });
  for (let x = 100; x < 258; x++)
    for (let y = 80; y < 260; y++) image.setPixelColor(0xf2d0b0ff, x, y);
  return new Uint8Array(await image.getBuffer('image/jpeg'));
}

function form(overrides: Partial<RegistrationForm> = {}): RegistrationForm {
  const work = Array.from(
    { length: 40 },
    (_, i) =>
      `${2012 + (i % 12)}-07 至 ${2013 + (i % 12)}-06\u3000北京市东江律师事务所\u3000第 ${i + 1} 段经历：` +
      '担任专职律师，主要从事公司并购、证券发行与合规（M&A, IPO and compliance）业务',
  );
  return {
    associationName: '东江市律师协会',
    watermark: WATERMARK,
    photo: null,
    identity: [
      { label: '姓名', value: NAME },
      { label: '身份证号', value: ID_NUMBER },
      { label: '执业机构', value: '北京市东江律师事务所' },
      { label: '执业类别', value: '专职律师' },
      { label: '执业证号', value: '11101201910234567' },
    ],
    fields: [
      { label: '性别', value: '女' },
      { label: '民族', value: '汉族' },
      { label: '出生日期', value: '1949-12-31' },
      { label: '政治面貌', value: '中共党员' },
      { label: '业务专长', value: '公司法、证券与资本市场、知识产权、劳动争议、婚姻家庭继承' },
      { label: '电子邮箱', value: 'ouyang.xiaowen@dongjiang-law.example.com' },
      { label: '通讯地址', value: '东江市滨江区江南大道 1888 号东江国际金融中心 A 座 2301 室' },
    ],
    sections: [
      { title: '教育经历', lines: [EDUCATION_LINE], markedNone: false },
      { title: '工作经历', lines: work, markedNone: false },
      { title: '家庭成员', lines: [], markedNone: true },
      { title: '获奖情况', lines: [], markedNone: false },
    ],
    printedAt: '2026-11-23 14:05',
    ...overrides,
  };
}

let dir: string;
let counter = 0;
let photo: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lx-pdf-'));
  photo = await idPhoto();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, `form-${++counter}.pdf`);
  await writeFile(file, bytes);
  return file;
}

const squash = (value: string) => value.replace(/\s+/g, '');

async function textOf(file: string): Promise<string> {
  return pdfText(file);
}

describe('renderRegistrationForm', () => {
  let bytes: Uint8Array;
  let file: string;
  let text: string;

  beforeAll(async () => {
    bytes = await renderRegistrationForm(form({ photo }));
    file = await save(bytes);
    text = await textOf(file);
  });

  it('writes a form whose text extracts: title, identity, sections, watermark, footer', async () => {
    expect(text).toContain('律师基本信息登记表');
    expect(text).toContain('东江市律师协会');
    expect(text).toContain(NAME);
    expect(text).toContain(ID_NUMBER);
    // pdftotext may turn the wide ideographic spaces between the line's parts into block breaks.
    expect(squash(text)).toContain(squash(EDUCATION_LINE));
    expect(text).toContain(WATERMARK);
    expect(text).toContain('打印时间：2026-11-23 14:05');
    // "已填报为无" and an empty list both print 无 under their heading.
    expect(text).toMatch(/家庭成员\s+无/);
    expect(text).toMatch(/获奖情况\s+无/);
    expect(text).toContain('工作经历（续）'); // the heading is repeated where the list continues
    expect(text).not.toContain('照片'); // the photo is there, not its placeholder

    const pdf = await PDFDocument.load(bytes);
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(new RegExp(`第\\s*1\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
    expect(text).toMatch(new RegExp(`第\\s*${pages}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
    expect(pdf.getTitle()).toBe(`律师基本信息登记表（${NAME}）`);
    expect(pdf.getProducer()).toMatch(/pdf-lib/);
  });

  it('passes qpdf --check', async () => {
    // A non-zero exit rejects, which fails the test with qpdf's own report.
    const { stdout } = await runPdfTool('qpdf', ['--check', file]);
    expect(stdout).toMatch(/No syntax or stream encoding errors/);
  });

  it('embeds exactly one font, and embeds it (nothing left to the viewer to substitute)', async () => {
    const { stdout } = await runPdfTool('pdffonts', [file]);
    const rows = stdout.trim().split('\n').slice(2);
    expect(rows).toHaveLength(1);
    // Columns from the right: emb sub uni object-number generation.
    const columns = (rows[0] ?? '').trim().split(/\s+/);
    expect(columns.at(-5)).toBe('yes');
    expect(columns.at(-3)).toBe('yes'); // has a ToUnicode map, hence extractable
  });

  it('embeds the ID photo at its own resolution', async () => {
    const { stdout } = await runPdfTool('pdfimages', ['-list', file]);
    const images = stdout.trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+358\s+441\s+rgb\s+3\s+8\s+jpeg/);
  });

  it('adds nothing but the status line when watermarked: the diagonal text does not mix into the form', async () => {
    const plain = await textOf(
      await save(await renderRegistrationForm(form({ photo, watermark: null }))),
    );
    expect(plain).not.toContain(WATERMARK);
    expect(squash(text.replaceAll(WATERMARK, ''))).toBe(squash(plain));
  });
});

describe('renderRegistrationForm edge cases', () => {
  it('keeps to one page with few lines and draws the photo box when there is no photo', async () => {
    const bytes = await renderRegistrationForm(
      form({
        watermark: '材料审核中',
        sections: [{ title: '工作经历', lines: [], markedNone: false }],
      }),
    );
    const text = await textOf(await save(bytes));
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    expect(text).toContain('照片');
    expect(text).toContain('材料审核中');
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*1\s*页/);
  });

  it('draws a character the font lacks as □ and keeps the rest of the value', async () => {
    // 𠮷 (U+20BB7, extension B) is not in Noto Sans SC.
    const identity = form().identity.map((row) =>
      row.label === '姓名' ? { ...row, value: '吉𠮷祥' } : row,
    );
    const file = await save(await renderRegistrationForm(form({ identity })));
    expect(await textOf(file)).toContain('吉□祥');
    expect((await runPdfTool('pdffonts', [file])).stdout.trim().split('\n')).toHaveLength(3);
  });
});
