import type { FastifyRequest } from 'fastify';
import { DomainError } from './domain-error.ts';
import { sniffFileType, type SniffedType } from './file-type.ts';

export type FormFile = { bytes: Buffer; type: SniffedType; filename: string };
const TYPE_NAMES: Record<SniffedType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

/**
 * A form with text fields and several files (multipart), or a plain JSON body without files.
 * Every file is checked by its content and size before the caller sees any of it, so a request
 * with one bad file changes nothing.
 */
export async function readForm(
  request: FastifyRequest,
  rules: { field: string; maxFiles: number; maxBytes: number; types: SniffedType[]; label: string },
): Promise<{ fields: Record<string, unknown>; files: FormFile[] }> {
  if (!request.isMultipart()) {
    const body = request.body;
    return {
      fields: body && typeof body === 'object' ? (body as Record<string, unknown>) : {},
      files: [],
    };
  }
  const mb = Math.round(rules.maxBytes / 1024 / 1024);
  const refuse = (
    code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA',
    message: string,
  ) => new DomainError(code, message, { [rules.field]: message });
  const fields: Record<string, unknown> = {};
  const files: FormFile[] = [];
  const parts = request.parts({
    limits: { fileSize: rules.maxBytes, files: rules.maxFiles + 1, fields: 20 },
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      fields[part.fieldname] = part.value;
      continue;
    }
    if (part.fieldname !== rules.field) {
      await part.toBuffer().catch(() => null);
      continue;
    }
    if (files.length === rules.maxFiles) {
      throw refuse('VALIDATION', `最多上传 ${rules.maxFiles} 个${rules.label}`);
    }
    const bytes = await part.toBuffer().catch((error: { code?: string }) => {
      if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
      throw error;
    });
    if (!bytes || part.file.truncated) {
      throw refuse('PAYLOAD_TOO_LARGE', `${rules.label}“${part.filename}”超过 ${mb} MB`);
    }
    const type = sniffFileType(bytes);
    if (!type || !rules.types.includes(type)) {
      const allowed = rules.types.map((t) => TYPE_NAMES[t]).join('、');
      throw refuse('UNSUPPORTED_MEDIA', `${rules.label}“${part.filename}”不是 ${allowed} 文件`);
    }
    files.push({ bytes, type, filename: part.filename });
  }
  return { fields, files };
}
