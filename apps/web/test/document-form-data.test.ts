import type { UploadFile } from 'antd';
import { describe, expect, it } from 'vitest';
import { documentAttachmentUrl, feedbackBody } from '@/features/documents/api/document-form-data';
import {
  FEEDBACK_ATTACHMENT_MAX_BYTES,
  feedbackAttachmentProblem,
  feedbackFile,
  feedbackFormSchema,
} from '@/features/documents/components/feedback-attachment';

const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' });

describe('feedbackBody', () => {
  it('is JSON with the text alone when no file is attached', () => {
    expect(feedbackBody({ body: '已收到，将按时报送。' }, null)).toEqual({
      body: '已收到，将按时报送。',
    });
  });

  it('is multipart with the text and the one file under attachments', () => {
    const body = feedbackBody({ body: '回执见附件' }, pdf('回执.pdf'));
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect([...form.keys()]).toEqual(['body', 'attachments']);
    expect(form.get('body')).toBe('回执见附件');
    const files = form.getAll('attachments') as File[];
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('回执.pdf');
  });
});

describe('the feedback form', () => {
  it('sends the file the form holds, or none', () => {
    const file = pdf('a.pdf');
    expect(feedbackFile([{ uid: '1', name: 'a.pdf', originFileObj: file } as UploadFile])).toBe(
      file,
    );
    expect(feedbackFile([])).toBeNull();
    expect(feedbackFile(undefined)).toBeNull();
  });

  it('requires the text, in the API words', () => {
    const result = feedbackFormSchema.safeParse({ body: '   ', attachments: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('请填写反馈内容');
  });

  it('refuses a second file', () => {
    const two = [{ uid: '1' }, { uid: '2' }] as UploadFile[];
    const result = feedbackFormSchema.safeParse({ body: '好', attachments: two });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('只能上传一个附件');
    expect(feedbackFormSchema.safeParse({ body: '好', attachments: [] }).success).toBe(true);
  });

  it('takes images and PDFs of up to 10 MB only', () => {
    expect(feedbackAttachmentProblem({ name: '扫描件.PDF', size: 1000 })).toBeNull();
    expect(feedbackAttachmentProblem({ name: 'photo.jpeg', size: 1000 })).toBeNull();
    expect(feedbackAttachmentProblem({ name: 'x.png', size: FEEDBACK_ATTACHMENT_MAX_BYTES })).toBe(
      null,
    );
    expect(feedbackAttachmentProblem({ name: '报告.docx', size: 1000 })).toBe(
      '只能上传 JPG、PNG 图片或 PDF 文件',
    );
    expect(
      feedbackAttachmentProblem({ name: 'big.pdf', size: FEEDBACK_ATTACHMENT_MAX_BYTES + 1 }),
    ).toBe('附件不能超过 10 MB');
  });
});

describe('documentAttachmentUrl', () => {
  it('escapes the id', () => {
    expect(documentAttachmentUrl('a/b c')).toBe('/api/document-attachments/a%2Fb%20c');
  });
});
