import { describe, expect, it } from 'vitest';
import {
  documentAttachmentProblem,
  documentUploadProblem,
  feedbackAttachmentProblem,
} from '@/features/documents/components/document-attachment-rules';
import {
  documentListQuery,
  readCountText,
  recipientListQuery,
  recipientsExportUrl,
} from '@/features/documents/components/document-list-queries';

const paging = { page: 2, pageSize: 50 };
const TARGET = '0b6f5c9e-4f43-4a35-9d7a-3b5f0f6c1a01';
const MB = 1024 * 1024;

describe('the document list from the address', () => {
  it('reads a known state and a trimmed search', () => {
    expect(documentListQuery(paging, { state: 'PUBLISHED', q: ' 考核 ' })).toEqual({
      ...paging,
      state: 'PUBLISHED',
      q: '考核',
    });
  });

  it('drops a state that does not exist, a blank search and one too long', () => {
    expect(documentListQuery(paging, { state: 'CANCELLED', q: '  ' })).toEqual({
      ...paging,
      state: undefined,
      q: undefined,
    });
    expect(documentListQuery(paging, { q: '长'.repeat(51) }).q).toBeUndefined();
  });
});

describe('传阅情况 from the address', () => {
  it('reads a target id, 只看未读 and a search', () => {
    expect(recipientListQuery(paging, { target: TARGET, unread: 'true', q: ' 王 ' })).toEqual({
      ...paging,
      target: TARGET,
      unread: 'true',
      q: '王',
    });
  });

  it('drops a target that is no id and any unread but true', () => {
    expect(recipientListQuery(paging, { target: 'abc', unread: 'false' })).toEqual({
      ...paging,
      target: undefined,
      unread: undefined,
      q: undefined,
    });
    expect(recipientListQuery(paging, { unread: 'yes' }).unread).toBeUndefined();
  });

  it('exports with the same target and 只看未读, and no filter when none is set', () => {
    const base = '/api/admin/documents/d1';
    expect(recipientsExportUrl(base, { target: TARGET, unread: 'true' })).toBe(
      `${base}/recipients.xlsx?target=${TARGET}&unread=true`,
    );
    expect(recipientsExportUrl(base, {})).toBe(`${base}/recipients.xlsx`);
  });

  it('says 已阅 x / 共 y', () => {
    expect(readCountText({ readCount: 3, recipientCount: 40 })).toBe('已阅 3 / 共 40');
  });
});

describe('files picked before they are sent', () => {
  it("takes the document's kinds up to 20 MB, whatever the extension's case", () => {
    expect(documentAttachmentProblem({ name: '通知.DOCX', size: 20 * MB })).toBeNull();
    expect(documentAttachmentProblem({ name: '名单.xlsx', size: 1 })).toBeNull();
    expect(documentAttachmentProblem({ name: '通知.pdf', size: 20 * MB + 1 })).toBe(
      '“通知.pdf”超过 20 MB',
    );
    expect(documentAttachmentProblem({ name: '脚本.exe', size: 1 })).toBe(
      '“脚本.exe”不是 PDF、JPG、PNG、Word 或 Excel 文件',
    );
  });

  it('refuses more than 10 files in one upload', () => {
    const file = { name: 'a.pdf', size: 1 };
    expect(documentUploadProblem(Array.from({ length: 10 }, () => file))).toBeNull();
    expect(documentUploadProblem(Array.from({ length: 11 }, () => file))).toBe(
      '一次最多上传 10 个文件',
    );
  });

  it('takes only an image or a PDF up to 10 MB with a reply', () => {
    expect(feedbackAttachmentProblem({ name: '回执.jpg', size: 10 * MB })).toBeNull();
    expect(feedbackAttachmentProblem({ name: '回执.docx', size: 1 })).toBe(
      '“回执.docx”不是 JPG、PNG 图片或 PDF 文件',
    );
    expect(feedbackAttachmentProblem({ name: '回执.png', size: 10 * MB + 1 })).toBe(
      '“回执.png”超过 10 MB',
    );
  });
});
