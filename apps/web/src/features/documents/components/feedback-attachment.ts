import type { UploadFile } from 'antd';
import { z } from 'zod';
import {
  FEEDBACK_ATTACHMENT_ACCEPT,
  FEEDBACK_ATTACHMENT_MAX_BYTES,
  feedbackInputSchema,
} from '@lx/shared/document-schemas';
import { megabytes } from '@lx/shared/upload-limits';

// The 反馈 form's values: the API's schema, plus the one optional file, checked here by name and
// size before it is sent (the API checks the content again).

/** The API's limit: one JPEG, PNG or PDF. */
export { FEEDBACK_ATTACHMENT_ACCEPT, FEEDBACK_ATTACHMENT_MAX_BYTES };
export const FEEDBACK_ATTACHMENT_EXTENSIONS = FEEDBACK_ATTACHMENT_ACCEPT.split(',');

/** Why a chosen file cannot be attached to a feedback, or null. */
export function feedbackAttachmentProblem(file: Pick<File, 'name' | 'size'>): string | null {
  const name = file.name.toLowerCase();
  if (!FEEDBACK_ATTACHMENT_EXTENSIONS.some((extension) => name.endsWith(extension)))
    return '只能上传 JPG、PNG 图片或 PDF 文件';
  if (file.size > FEEDBACK_ATTACHMENT_MAX_BYTES)
    return `附件不能超过 ${megabytes(FEEDBACK_ATTACHMENT_MAX_BYTES)} MB`;
  return null;
}

export const feedbackFormSchema = feedbackInputSchema.extend({
  attachments: z.array(z.custom<UploadFile>()).max(1, { error: '只能上传一个附件' }).default([]),
});

export type FeedbackFormValues = { body: string; attachments: UploadFile[] };

/** The file to send with the feedback, if one was chosen. */
export function feedbackFile(list: readonly UploadFile[] | undefined): File | null {
  return list?.find((item) => item.originFileObj)?.originFileObj ?? null;
}
