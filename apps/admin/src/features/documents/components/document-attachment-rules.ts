import {
  DOCUMENT_ATTACHMENT_ACCEPT,
  DOCUMENT_ATTACHMENT_MAX_BYTES,
  DOCUMENT_ATTACHMENT_MAX_FILES,
  FEEDBACK_ATTACHMENT_ACCEPT,
  FEEDBACK_ATTACHMENT_MAX_BYTES,
} from '@lx/shared/document-schemas';
import { megabytes } from '@lx/shared/upload-limits';

// What the pages check before a file is sent (the server checks its content again): the document's
// own attachments, and the one file a reply may carry.

/** What the 附件 section tells the clerk before they pick files. */
export const DOCUMENT_ATTACHMENT_HINT = `支持 PDF、JPG、PNG、Word、Excel 文件，每个不超过 ${megabytes(DOCUMENT_ATTACHMENT_MAX_BYTES)} MB，一次最多 ${DOCUMENT_ATTACHMENT_MAX_FILES} 个`;

/** A reply's file: as a member's feedback, one JPEG, PNG or PDF. */
export { FEEDBACK_ATTACHMENT_ACCEPT, FEEDBACK_ATTACHMENT_MAX_BYTES };
export const FEEDBACK_ATTACHMENT_HINT = `可附一个 JPG、PNG 图片或 PDF 文件，不超过 ${megabytes(FEEDBACK_ATTACHMENT_MAX_BYTES)} MB`;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function fileProblem(
  file: { name: string; size: number },
  accept: string,
  maxBytes: number,
  kinds: string,
): string | null {
  const name = `“${file.name}”`;
  if (!accept.split(',').includes(extensionOf(file.name))) return `${name}不是${kinds}`;
  if (file.size > maxBytes) return `${name}超过 ${megabytes(maxBytes)} MB`;
  return null;
}

/** Why a picked file cannot be attached to the document, or null when it can. */
export function documentAttachmentProblem(file: { name: string; size: number }): string | null {
  return fileProblem(
    file,
    DOCUMENT_ATTACHMENT_ACCEPT,
    DOCUMENT_ATTACHMENT_MAX_BYTES,
    ' PDF、JPG、PNG、Word 或 Excel 文件',
  );
}

/** Why one upload of `files` cannot be sent: too many, or the first file refused; else null. */
export function documentUploadProblem(
  files: readonly { name: string; size: number }[],
): string | null {
  if (files.length > DOCUMENT_ATTACHMENT_MAX_FILES)
    return `一次最多上传 ${DOCUMENT_ATTACHMENT_MAX_FILES} 个文件`;
  for (const file of files) {
    const problem = documentAttachmentProblem(file);
    if (problem) return problem;
  }
  return null;
}

/** Why a picked file cannot go with a reply, or null when it can. */
export function feedbackAttachmentProblem(file: { name: string; size: number }): string | null {
  return fileProblem(
    file,
    FEEDBACK_ATTACHMENT_ACCEPT,
    FEEDBACK_ATTACHMENT_MAX_BYTES,
    ' JPG、PNG 图片或 PDF 文件',
  );
}
