import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  feedbackSchema,
  memberDocumentPageSchema,
  memberDocumentQuerySchema,
  memberDocumentSchema,
  recipientPageSchema,
  recipientQuerySchema,
} from '@lx/shared/document-schemas';
import type { App } from '../../lib/app-types.ts';
import { sendUpload } from '../../lib/send-file.ts';
import { readDocumentAttachment } from './document-attachments.ts';
import { listMemberFeedback, postFeedback } from './document-feedback.ts';
import { readFeedbackForm } from './document-uploads.ts';
import { findMemberDocumentPage, openMemberDocument, setFollowing } from './member-documents.ts';
import { findMemberRecipientPage } from './recipient-list.ts';

const idParams = z.object({ id: z.uuid({ error: '公文编号格式不正确' }) });
const attachmentParams = z.object({ id: z.uuid({ error: '附件编号格式不正确' }) });
const followingSchema = z.object({ following: z.boolean() });

/** 我的公文: the documents circulated to a member, their reading, feedback and following. */
export async function documentRoutes(app: App) {
  const tags = ['documents'];
  const config = { access: 'member' } as const;
  const accountOf = (request: FastifyRequest) => request.requireAuth().accountId;

  app.get(
    '/api/documents',
    {
      config,
      schema: {
        tags,
        summary: '我的公文（收文列表）',
        querystring: memberDocumentQuerySchema,
        response: { 200: memberDocumentPageSchema },
      },
    },
    async (request) => findMemberDocumentPage(app.prisma, accountOf(request), request.query),
  );

  app.get(
    '/api/documents/:id',
    {
      config,
      schema: {
        tags,
        summary: '查看收文（首次查看记为已阅）',
        params: idParams,
        response: { 200: memberDocumentSchema },
      },
    },
    async (request) => openMemberDocument(app.prisma, accountOf(request), request.params.id),
  );

  app.get(
    '/api/documents/:id/recipients',
    {
      config,
      schema: {
        tags,
        summary: '传阅情况',
        params: idParams,
        querystring: recipientQuerySchema,
        response: { 200: recipientPageSchema },
      },
    },
    async (request) =>
      findMemberRecipientPage(app.prisma, accountOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/documents/:id/feedback',
    {
      config,
      schema: {
        tags,
        summary: '反馈情况',
        params: idParams,
        response: { 200: z.array(feedbackSchema) },
      },
    },
    async (request) => listMemberFeedback(app.prisma, accountOf(request), request.params.id),
  );

  app.post(
    '/api/documents/:id/feedback',
    {
      config,
      schema: {
        tags,
        summary: '反馈（JSON，或 multipart：body + 附件 attachments，至多 1 个）',
        params: idParams,
        response: { 201: feedbackSchema },
      },
    },
    async (request, reply) => {
      const { input, files } = await readFeedbackForm(request);
      const feedback = await postFeedback({
        prisma: app.prisma,
        storage: app.storage,
        documentId: request.params.id,
        input,
        files,
        actor: request.actor(),
        recipientId: accountOf(request),
      });
      reply.code(201);
      return feedback;
    },
  );

  for (const [method, following] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/api/documents/:id/follow',
      config,
      schema: {
        tags,
        summary: following ? '关注（有新反馈时短信通知）' : '取消关注',
        params: idParams,
        response: { 200: followingSchema },
      },
      handler: async (request) =>
        setFollowing({
          prisma: app.prisma,
          accountId: accountOf(request),
          documentId: request.params.id,
          following,
        }),
    });
  }

  app.get(
    '/api/document-attachments/:id',
    { config, schema: { tags, summary: '下载公文或反馈的附件', params: attachmentParams } },
    async (request, reply) => {
      const { file, bytes } = await readDocumentAttachment(
        app.prisma,
        app.storage,
        request.params.id,
        accountOf(request),
      );
      return sendUpload(reply, file, bytes);
    },
  );
}
