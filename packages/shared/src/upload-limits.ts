// What each upload may weigh and how many files one request may carry. The API refuses beyond
// these (413) and the pages say the same numbers before the upload starts, so both read them
// here. The ID photo's limit is one of its rules, in id-photo.ts.

const MB = 1024 * 1024;

/** 头像: a JPEG or PNG. */
export const AVATAR_MAX_BYTES = 2 * MB;
export const AVATAR_TYPES = ['image/jpeg', 'image/png'] as const;

/** 上传文件验证: the PDF checked against the issued certificates. */
export const VERIFY_MAX_BYTES = 10 * MB;

/** 工单附件: each file, and how many one ticket or reply may carry. */
export const MAX_TICKET_ATTACHMENT_BYTES = 10 * MB;
export const MAX_TICKET_ATTACHMENTS = 10;

/** A limit in whole MB, for the messages that name it. */
export function megabytes(bytes: number): number {
  return bytes / MB;
}
