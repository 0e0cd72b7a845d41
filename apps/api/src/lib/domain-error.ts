import { fieldErrorsOf, type ErrorCode } from '@lx/shared/errors';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  UNSUPPORTED_MEDIA: 415,
  INTERNAL: 500,
};

/** An expected failure with a message for the user; the error handler turns it into a response. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors: Record<string, string> | undefined;
  /** Response headers that belong to the refusal (Retry-After on 429 and 503). */
  readonly headers: Record<string, string> | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    fieldErrors?: Record<string, string>,
    options: { headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.code = code;
    this.status = STATUS[code];
    this.fieldErrors = fieldErrors;
    this.headers = options.headers;
  }
}

export const notFound = (what = '记录') => new DomainError('NOT_FOUND', `${what}不存在或无权查看`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION', message, { [field]: message });

/** A failed zod parse as a validation error, with each message on its field. */
export function validationError(issues: readonly { path: PropertyKey[]; message: string }[]) {
  return new DomainError(
    'VALIDATION',
    issues[0]?.message ?? '提交的内容有误',
    fieldErrorsOf(issues),
  );
}
