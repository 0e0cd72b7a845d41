import { TICKET_ATTACHMENT_TYPES } from '@lx/shared/ticket-schemas';
import {
  MAX_TICKET_ATTACHMENT_BYTES,
  MAX_TICKET_ATTACHMENTS,
  megabytes,
} from '@lx/shared/upload-limits';

/** What the 附件 field tells the officer before they pick files. */
export const ATTACHMENT_HINT = `支持 JPG、PNG 图片和 PDF 文件，每个不超过 ${megabytes(MAX_TICKET_ATTACHMENT_BYTES)} MB，最多 ${MAX_TICKET_ATTACHMENTS} 个`;

export const ATTACHMENT_ACCEPT = TICKET_ATTACHMENT_TYPES.join(',');

/** Why a picked file cannot be attached, or null when it can (the server checks its content). */
export function attachmentProblem(file: {
  name?: string;
  type?: string;
  size?: number;
}): string | null {
  const name = file.name ? `“${file.name}”` : '文件';
  if (!(TICKET_ATTACHMENT_TYPES as readonly string[]).includes(file.type ?? ''))
    return `${name}不是 JPG、PNG 图片或 PDF 文件`;
  if ((file.size ?? 0) > MAX_TICKET_ATTACHMENT_BYTES)
    return `${name}超过 ${megabytes(MAX_TICKET_ATTACHMENT_BYTES)} MB`;
  return null;
}
