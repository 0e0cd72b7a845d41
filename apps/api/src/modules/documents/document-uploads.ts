import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import {
  DOCUMENT_ATTACHMENT_MAX_BYTES,
  DOCUMENT_ATTACHMENT_MAX_FILES,
  FEEDBACK_ATTACHMENT_MAX_BYTES,
  feedbackInputSchema,
} from '@lx/shared/document-schemas';
import { validationError } from '../../lib/domain-error.ts';
import { readForm, type FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

/** 公文附件: PDF, images, Word and Excel files, each judged by its content. */
export function readDocumentFiles(request: FastifyRequest) {
  return readForm(request, {
    field: 'attachments',
    maxFiles: DOCUMENT_ATTACHMENT_MAX_FILES,
    maxBytes: DOCUMENT_ATTACHMENT_MAX_BYTES,
    types: [
      'application/pdf',
      'image/jpeg',
      'image/png',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    label: '附件',
  });
}

/** 反馈 or a staff reply: the text (JSON or multipart) and at most one image or PDF. */
export async function readFeedbackForm(request: FastifyRequest) {
  const { fields, files } = await readForm(request, {
    field: 'attachments',
    maxFiles: 1,
    maxBytes: FEEDBACK_ATTACHMENT_MAX_BYTES,
    types: ['image/jpeg', 'image/png', 'application/pdf'],
    label: '附件',
  });
  const parsed = feedbackInputSchema.safeParse(fields);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { input: parsed.data, files };
}

/**
 * Stores received files of a document (or of one feedback post) before the transaction that
 * names them; `discard` removes them again when that transaction fails.
 */
export async function storeDocumentFiles(
  storage: Storage,
  documentId: string,
  files: FormFile[],
  feedbackId: string | null = null,
) {
  const stored: Prisma.DocumentAttachmentCreateManyInput[] = [];
  for (const file of files) {
    const key = `document-attachments/${documentId}/${randomUUID()}`;
    await storage.putStaged(key, file.path, file.type);
    stored.push({
      id: randomUUID(),
      documentId,
      feedbackId,
      filename: file.filename.slice(0, 200) || '附件',
      contentType: file.type,
      size: file.size,
      key,
    });
  }
  return { stored, discard: () => Promise.all(stored.map((s) => storage.delete(s.key))) };
}
