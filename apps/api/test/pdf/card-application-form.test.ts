import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Jimp } from 'jimp';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderCardApplicationForm,
  type CardApplicationForm,
} from '../../src/lib/pdf/card-application-form.ts';
import { pdfText, runPdfTool } from '../support/pdf-tools.ts';

function form(overrides: Partial<CardApplicationForm> = {}): CardApplicationForm {
  return {
    associationName: '东江市律师协会',
    kindLabel: '换卡申请（消磁）',
    number: 'KS000042',
    appliedAt: '2026-11-23 09:30',
    stateLabel: '已受理',
    watermark: null,
    photo: null,
    identity: [
      { label: '姓名', value: '司马文静（女）' },
      { label: '身份证号', value: '11010519491231002X' },
      { label: '执业机构', value: '东江明德律师事务所' },
      { label: '执业类别', value: '专职律师' },
      { label: '执业证号', value: '14401201810012345' },
      { label: '资格证号', value: 'A20154401234567' },
    ],
    fields: [
      { label: '主管机关', value: '东江市司法局' },
      { label: '手机号码', value: '13800138000' },
      { label: '联系电话', value: '020-87654321' },
      { label: '邮政编码', value: '523000' },
      { label: '联系地址', value: '东江市滨江区江南大道 1888 号' },
      { label: '原卡卡号', value: 'HY00000007' },
    ],
    history: [
      '2026-11-23 09:30\u3000提交申请（待审核）\u3000司马文静',
      '2026-11-23 10:02\u3000受理（已受理）\u3000钱坤',
    ],
    printedAt: '2026-11-23 10:15',
    ...overrides,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lx-card-pdf-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function render(overrides: Partial<CardApplicationForm> = {}) {
  const bytes = await renderCardApplicationForm(form(overrides));
  const file = path.join(dir, `${Math.random().toString(16).slice(2)}.pdf`);
  await writeFile(file, bytes);
  const text = await pdfText(file);
  return { bytes, file, text };
}

describe('renderCardApplicationForm', () => {
  it('prints the application on one page: number, kind, identity, contact, history, signature line', async () => {
    const { bytes, text } = await render();
    for (const expected of [
      '会员卡申请表',
      '东江市律师协会',
      'KS000042',
      '换卡申请（消磁）',
      '司马文静（女）',
      '11010519491231002X',
      'A20154401234567',
      '东江市滨江区江南大道 1888 号',
      'HY00000007',
      '钱坤',
      '申请人签名',
      '打印时间：2026-11-23 10:15',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('照片'); // the box says where the photo goes when there is none
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('会员卡申请表（司马文静（女））');
  });

  it('embeds the ID photo at its own resolution and marks a cancelled application', async () => {
    const image = new Jimp({ width: 358, height: 441, color: 0x3b6ea5ff });
    const photo = new Uint8Array(await image.getBuffer('image/jpeg'));
    const { file, text } = await render({ photo, watermark: '已撤消', stateLabel: '已撤消' });
    expect(text).toContain('已撤消');
    expect(text).not.toMatch(/^照片$/m);
    const { stdout } = await runPdfTool('pdfimages', ['-list', file]);
    expect(stdout.trim().split('\n').slice(2)[0]).toMatch(/image\s+358\s+441\s+rgb/);
  });
});
