import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldErrorsOf, type ApiError } from '@lx/shared/errors';
import { isBusyDatabase, isRefusedValue } from '../../lib/db-errors.ts';
import { DomainError } from '../../lib/domain-error.ts';

function fieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.');
}

/** One error handler: typed domain errors keep their message; nothing internal reaches a client. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const body = (
        code: ApiError['code'],
        message: string,
        fieldErrors?: Record<string, string>,
      ): ApiError => ({
        code,
        message,
        ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
        requestId: request.id,
      });

      if (error instanceof DomainError) {
        if (error.status >= 500) request.log.error({ err: error }, 'domain error');
        return reply.status(error.status).send(body(error.code, error.message, error.fieldErrors));
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of error.validation) {
          const key = fieldPath(issue.instancePath);
          fieldErrors[key] ??= issue.message ?? '内容有误';
        }
        const first = Object.values(fieldErrors)[0] ?? '提交的内容有误';
        return reply.status(400).send(body('VALIDATION', first, fieldErrors));
      }
      // A shared schema parsed inside a route or service: the same answer as the route's own.
      if (error instanceof z.ZodError) {
        const fieldErrors = fieldErrorsOf(error.issues);
        const first = error.issues[0]?.message ?? '提交的内容有误';
        return reply.status(400).send(body('VALIDATION', first, fieldErrors));
      }
      // A value the database cannot store: the client's input, not a fault of the server; logged
      // as a warning so a rule that should have caught it earlier is found.
      if (isRefusedValue(error)) {
        request.log.warn({ err: error }, 'value refused by the database');
        return reply
          .status(400)
          .send(body('VALIDATION', '提交的内容中有无法保存的值，请检查后重试'));
      }
      if (isBusyDatabase(error)) {
        request.log.warn({ err: error }, 'database busy');
        return reply
          .status(503)
          .header('retry-after', '2')
          .send(body('UNAVAILABLE', '系统繁忙，请稍后再试'));
      }
      const status = error.statusCode ?? 500;
      if (status === 429)
        return reply.status(429).send(body('RATE_LIMITED', '操作过于频繁，请稍后再试'));
      if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
        return reply.status(413).send(body('PAYLOAD_TOO_LARGE', '提交的内容过大'));
      }
      if (status === 415)
        return reply.status(415).send(body('UNSUPPORTED_MEDIA', '不支持的内容类型'));
      if (status >= 400 && status < 500) {
        // Malformed JSON, an empty body with a JSON content type, and other client mistakes.
        request.log.info({ err: error }, 'client error');
        return reply.status(400).send(body('VALIDATION', '请求格式不正确'));
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send(body('INTERNAL', '服务器内部错误，请稍后再试'));
    });

    app.setNotFoundHandler((request, reply) => {
      // HEAD as GET (same status and headers; Node sends no body for HEAD).
      const spaRoot =
        request.method === 'GET' || request.method === 'HEAD'
          ? app.spaRootFor(request.url.split('?')[0] ?? '/')
          : null;
      if (spaRoot) return reply.sendFile('index.html', spaRoot);
      const message = '请求的接口不存在';
      reply
        .status(404)
        .send({ code: 'NOT_FOUND', message, requestId: request.id } satisfies ApiError);
    });
  },
  { name: 'errors', dependencies: ['rate-limit', 'static'] },
);
