import type { FastifyRequest } from 'fastify';
import { DomainError } from './domain-error.ts';
import { sniffFileType, type SniffedType } from './file-type.ts';

/** Reads the single file of a multipart request, refusing what is too large or of the wrong kind. */
export async function readSingleUpload(
  request: FastifyRequest,
  rules: { field: string; maxBytes: number; types: SniffedType[]; label: string },
): Promise<{ bytes: Buffer; type: SniffedType; filename: string }> {
  if (!request.isMultipart())
    throw new DomainError('VALIDATION', `请选择${rules.label}`, {
      [rules.field]: `请选择${rules.label}`,
    });
  const file = await request.file({ limits: { fileSize: rules.maxBytes, files: 1 } });
  if (!file || file.fieldname !== rules.field) {
    throw new DomainError('VALIDATION', `请选择${rules.label}`, {
      [rules.field]: `请选择${rules.label}`,
    });
  }
  const bytes = await file.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
    throw error;
  });
  const mb = Math.round((rules.maxBytes / 1024 / 1024) * 10) / 10;
  if (!bytes || file.file.truncated) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `${rules.label}不能超过 ${mb} MB`, {
      [rules.field]: `${rules.label}不能超过 ${mb} MB`,
    });
  }
  const type = sniffFileType(bytes);
  if (!type || !rules.types.includes(type)) {
    const allowed = rules.types
      .map((t) => ({ 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'application/pdf': 'PDF' })[t])
      .join('、');
    throw new DomainError('UNSUPPORTED_MEDIA', `${rules.label}只能是 ${allowed} 文件`, {
      [rules.field]: `${rules.label}只能是 ${allowed} 文件`,
    });
  }
  return { bytes, type, filename: file.filename };
}
