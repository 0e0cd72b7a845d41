import { describe, expect, it } from 'vitest';
import type { UploadFile } from 'antd';
import {
  LEAVE_ATTACHMENT_REQUIRED_MESSAGE,
  leaveFormSchema,
} from '@/features/events/components/leave-form-values';

const file = { uid: '1', name: 'summons.pdf' } as UploadFile;

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('leaveFormSchema', () => {
  it('takes a reason with an attachment, the note optional', () => {
    const parsed = leaveFormSchema.safeParse({
      reason: '工作冲突',
      detail: '',
      attachments: [file],
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.attachments).toEqual([file]);
  });

  it('refuses a request without an attachment, in the API’s words', () => {
    expect(LEAVE_ATTACHMENT_REQUIRED_MESSAGE).toBe('请上传请假附件');
    for (const attachments of [[], undefined]) {
      const result = leaveFormSchema.safeParse({ reason: '身体原因', detail: '', attachments });
      expect(errorsOf(result)).toEqual({ attachments: LEAVE_ATTACHMENT_REQUIRED_MESSAGE });
    }
  });

  it('says everything missing at once: the reason and the attachment', () => {
    const result = leaveFormSchema.safeParse({ detail: '', attachments: [] });
    expect(errorsOf(result)).toEqual({
      reason: '请选择请假原因',
      attachments: LEAVE_ATTACHMENT_REQUIRED_MESSAGE,
    });
  });
});
