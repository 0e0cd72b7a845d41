import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { MAX_TICKET_ATTACHMENT_BYTES, MAX_TICKET_ATTACHMENTS } from '@lx/shared/upload-limits';
import { DomainError, validationError } from './domain-error.ts';
import {
  checkImageStructure,
  containerTypes,
  IMAGE_HEAD_BYTES,
  IMAGE_TAIL_BYTES,
  OOXML_TYPES,
  sniffFileType,
  TYPE_NAMES,
  zipIsComplete,
  type SniffedType,
} from './file-type.ts';
import { pdfActiveContentScanner } from './pdf-active-content.ts';
import { chargeUpload, requireUploadAllowance } from './upload-quota.ts';

/**
 * A received file, checked, on disk in the storage's staging directory. Move it into place with
 * `storage.putStaged`; whatever is still staged when the response is sent is removed.
 */
export type FormFile = {
  path: string;
  size: number;
  type: SniffedType;
  filename: string;
  sha256: string;
};

// Images are never decoded here, but people open them: a header claiming 20000 × 20000 would
// take a browser's memory. Phone cameras stay under 50 megapixels.
export const ATTACHMENT_IMAGE_LIMIT = { maxSide: 12_000, maxPixels: 50_000_000 } as const;

export type UploadRules = {
  field: string;
  maxBytes: number;
  types: SniffedType[];
  label: string;
  /**
   * Largest image accepted by its header. null: the caller checks the image itself, stricter and
   * with its own messages (the ID photo).
   */
  imageLimit?: { maxSide: number; maxPixels: number } | null;
};

const refusal = (
  field: string,
  code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA',
  message: string,
) => new DomainError(code, message, { [field]: message });

/**
 * Everything the multipart parser throws is about the request the client sent (no boundary, a
 * part cut off, a limit): a 400 with a message, never a 500. Limits keep their 413.
 */
function parserRefusal(field: string, error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 413) return refusal(field, 'PAYLOAD_TOO_LARGE', '上传的文件或表单项过多、过大');
  return refusal(field, 'VALIDATION', '上传的表单数据不完整或格式有误，请重新选择文件后提交');
}

function trackStaged(request: FastifyRequest, file: string) {
  (request.stagedUploads ??= []).push(file);
}

/** Removes what a request staged and did not move into place (idempotent). */
export async function discardStaged(request: FastifyRequest) {
  const staged = request.stagedUploads ?? [];
  request.stagedUploads = [];
  await Promise.all(staged.map((file) => rm(file, { force: true })));
}

/** The bytes of a small staged file (an ID photo of at most 1 MB) for the caller to process. */
export const readStaged = (file: FormFile) => readFile(file.path);

type Subject = { name: string; single: boolean };

// The end of a file kept for its end marker: an image's (IMAGE_TAIL_BYTES) or a ZIP's end record,
// which an archive comment of up to ~1000 bytes may push back.
const TAIL_BYTES = 1024;

/**
 * Streams one file part to the staging directory, checking it on the way: the running size, the
 * type from the first bytes (refused before the rest is read; a Word or Excel file, a ZIP or OLE2
 * container, once its head is read), the image structure, the PDF's active content or the ZIP's
 * end record. The file is removed on any refusal.
 */
async function receiveFile(
  request: FastifyRequest,
  part: { file: NodeJS.ReadableStream & { truncated?: boolean }; filename: string },
  rules: UploadRules,
  subject: Subject,
): Promise<FormFile> {
  const { field } = rules;
  const about = subject.single ? rules.label : `${rules.label}“${subject.name}”`;
  const mb = Math.round((rules.maxBytes / 1024 / 1024) * 10) / 10;
  const tooLarge = () =>
    refusal(
      field,
      'PAYLOAD_TOO_LARGE',
      subject.single ? `${about}不能超过 ${mb} MB` : `${about}超过 ${mb} MB`,
    );
  // Word and Excel each name two types (.doc and .docx): each name once.
  const allowed = [...new Set(rules.types.map((t) => TYPE_NAMES[t]))].join('、');
  const wrongType = () =>
    refusal(
      field,
      'UNSUPPORTED_MEDIA',
      subject.single ? `${about}只能是 ${allowed} 文件` : `${about}不是 ${allowed} 文件`,
    );

  const stagingDir = request.server.storage.stagingDir;
  await mkdir(stagingDir, { recursive: true });
  const staged = path.join(stagingDir, `${randomUUID()}.upload`);
  trackStaged(request, staged);

  let size = 0;
  let looked = false; // whether the first bytes have been judged
  let type: SniffedType | null = null;
  const head: Buffer[] = [];
  let headBytes = 0;
  let tail = Buffer.alloc(0);
  const hash = createHash('sha256');
  const pdf = pdfActiveContentScanner();
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      // busboy stops at the same limit; this is the running check that does not trust it.
      if (size > rules.maxBytes) return done(tooLarge());
      hash.update(chunk);
      if (headBytes < IMAGE_HEAD_BYTES) {
        head.push(chunk.subarray(0, IMAGE_HEAD_BYTES - headBytes));
        headBytes += Math.min(chunk.length, IMAGE_HEAD_BYTES - headBytes);
      }
      tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES);
      if (!looked && headBytes >= 8) {
        looked = true;
        const start = Buffer.concat(head);
        const container = containerTypes(start);
        if (container.length > 0) {
          // A ZIP or OLE2 file says what it holds further in: judged once the head is read.
          if (!container.some((t) => rules.types.includes(t))) return done(wrongType());
        } else {
          type = sniffFileType(start);
          if (!type || !rules.types.includes(type)) return done(wrongType());
          if (type === 'application/pdf') pdf.push(start);
        }
      } else if (type === 'application/pdf') {
        pdf.push(chunk);
      }
      done(null, chunk);
    },
  });
  const out = createWriteStream(staged, { flags: 'wx' });
  try {
    await pipeline(part.file, inspect, out);
  } catch (error) {
    // The file opens asynchronously: a part that fails at once (a body cut short) fails the
    // pipeline before the open is done, and the file would appear after it was removed. Its stream
    // closes once it has opened and been let go; only then is the file certain to be there.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    await rm(staged, { force: true });
    if (error instanceof DomainError) throw error;
    if ((error as NodeJS.ErrnoException).syscall) throw error; // the disk: a real fault
    // Anything else ended the part early: the parser's complaint about the request.
    throw parserRefusal(field, error);
  }
  try {
    if (part.file.truncated) throw tooLarge();
    const headBuffer = Buffer.concat(head);
    type ??= sniffFileType(headBuffer);
    if (!type || !rules.types.includes(type)) throw wrongType();
    if (type === 'application/pdf') {
      pdf.end();
      if (pdf.found) {
        throw refusal(
          field,
          'VALIDATION',
          `${about}含有 ${pdf.found} 等可执行内容，不能上传（请打印或另存为普通 PDF 后再上传）`,
        );
      }
    }
    const limit = rules.imageLimit === undefined ? ATTACHMENT_IMAGE_LIMIT : rules.imageLimit;
    if ((type === 'image/jpeg' || type === 'image/png') && limit) {
      const verdict = checkImageStructure(
        type,
        headBuffer,
        tail.subarray(-IMAGE_TAIL_BYTES),
        limit,
      );
      if (!verdict.ok) {
        const message =
          verdict.problem === 'too-large'
            ? `${about}尺寸过大（${verdict.width}×${verdict.height}），长边不能超过 ${limit.maxSide} 像素`
            : verdict.problem === 'incomplete'
              ? `${about}不完整（可能上传中断），请重新选择文件`
              : `${about}已损坏或不是有效的 ${TYPE_NAMES[type]} 图片`;
        throw refusal(field, 'VALIDATION', message);
      }
    }
    if (OOXML_TYPES.includes(type) && !zipIsComplete(tail)) {
      throw refusal(field, 'VALIDATION', `${about}不完整（可能上传中断），请重新选择文件`);
    }
    return { path: staged, size, type, filename: part.filename, sha256: hash.digest('hex') };
  } catch (error) {
    await rm(staged, { force: true });
    throw error;
  }
}

const drain = (stream: NodeJS.ReadableStream) =>
  pipeline(stream, new Writable({ write: (_chunk, _encoding, done) => done() }));

/**
 * The one way to read an upload: a form with text fields and up to `maxFiles` files (multipart),
 * or a plain JSON body without files. Files are streamed to disk, never held whole in memory,
 * checked by their content as they arrive, and charged to the signed-in account's hourly upload
 * quota (429 beyond it). A request with one bad file changes nothing: all its files are removed.
 */
export async function readForm(
  request: FastifyRequest,
  rules: UploadRules & { maxFiles: number },
): Promise<{ fields: Record<string, unknown>; files: FormFile[] }> {
  if (!request.isMultipart()) {
    const body = request.body;
    return {
      fields: body && typeof body === 'object' ? (body as Record<string, unknown>) : {},
      files: [],
    };
  }
  const accountId = request.auth?.accountId ?? null;
  const quota = request.server.uploadLimits;
  // Refused before a byte of the body is written when the hour's allowance is spent.
  if (accountId) await requireUploadAllowance(request.server.prisma, accountId, quota);
  const fields: Record<string, unknown> = {};
  const files: FormFile[] = [];
  try {
    const parts = request.parts({
      limits: { fileSize: rules.maxBytes, files: rules.maxFiles + 1, fields: 20 },
    });
    for (;;) {
      let next;
      try {
        next = await parts.next(); // "Boundary not found" and "Unexpected end of form" arrive here
      } catch (error) {
        throw parserRefusal(rules.field, error);
      }
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') {
        fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== rules.field) {
        await drain(part.file).catch(() => undefined);
        continue;
      }
      if (files.length === rules.maxFiles) {
        const message =
          rules.maxFiles === 1
            ? `只能上传 1 个${rules.label}`
            : `最多上传 ${rules.maxFiles} 个${rules.label}`;
        throw refusal(rules.field, 'VALIDATION', message);
      }
      const file = await receiveFile(request, part, rules, {
        name: part.filename,
        single: rules.maxFiles === 1,
      });
      files.push(file);
      if (accountId) {
        await chargeUpload(request.server.prisma, { accountId, bytes: file.size, ...quota });
      }
    }
  } catch (error) {
    await discardStaged(request);
    throw error;
  }
  return { fields, files };
}

/** The single file of a multipart request (`rules.field`), read and checked as `readForm` does. */
export async function readSingleUpload(
  request: FastifyRequest,
  rules: UploadRules,
): Promise<FormFile> {
  const missing = () => refusal(rules.field, 'VALIDATION', `请选择${rules.label}`);
  if (!request.isMultipart()) throw missing();
  const { files } = await readForm(request, { ...rules, maxFiles: 1 });
  const [file] = files;
  if (!file) throw missing();
  return file;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Files this request staged; removed after the response (see plugins/external/multipart). */
    stagedUploads: string[] | null;
  }
}

/**
 * A form with attachments (a ticket, a reply, a 报名表, a 请假 request): its text fields, JSON or
 * multipart, checked by the shared schema, and up to 10 images or PDFs in the field
 * `attachments`, checked by content.
 */
export async function readFormWithAttachments<S extends z.ZodTypeAny>(
  request: FastifyRequest,
  schema: S,
) {
  const { fields, files } = await readForm(request, {
    field: 'attachments',
    maxFiles: MAX_TICKET_ATTACHMENTS,
    maxBytes: MAX_TICKET_ATTACHMENT_BYTES,
    types: ['image/jpeg', 'image/png', 'application/pdf'],
    label: '附件',
  });
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { input: parsed.data as z.output<S>, files };
}
