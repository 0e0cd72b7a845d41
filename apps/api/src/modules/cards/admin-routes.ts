import { z } from 'zod';
import {
  bulkCardTransitionResultSchema,
  bulkCardTransitionSchema,
  cardApplicationDetailSchema,
  cardQueueQuerySchema,
  cardQueueSchema,
  cardTransitionSchema,
} from '@lx/shared/card-schemas';
import type { App } from '../../lib/app-types.ts';
import { sendPdf, sendPhoto } from '../../lib/send-file.ts';
import { bulkTransitionCardApplications, transitionCardApplication } from './card-applications.ts';
import { cardApplicationFormPdf } from './card-form-pdf.ts';
import { findCardQueue, getCardApplicationDetail } from './card-queue.ts';
import { findApplication } from './card-records.ts';

const idParams = z.object({ id: z.uuid({ error: '申请编号格式不正确' }) });

export async function cardAdminRoutes(app: App) {
  const tags = ['card-office'];
  const officer = { permission: 'card.manage' } as const;

  app.get(
    '/api/admin/card-applications',
    {
      config: { access: officer },
      schema: {
        tags,
        summary: '会员卡申请队列',
        querystring: cardQueueQuerySchema,
        response: { 200: cardQueueSchema },
      },
    },
    async (request) => findCardQueue(app.prisma, request.query),
  );

  app.get(
    '/api/admin/card-applications/:id',
    {
      config: { access: officer },
      schema: {
        tags,
        summary: '会员卡申请详情',
        params: idParams,
        response: { 200: cardApplicationDetailSchema },
      },
    },
    async (request) => getCardApplicationDetail(app.prisma, request.params.id),
  );

  app.get(
    '/api/admin/card-applications/:id/photo',
    { config: { access: officer }, schema: { tags, summary: '申请照片', params: idParams } },
    async (request, reply) =>
      sendPhoto(
        app.storage,
        (await findApplication(app.prisma, request.params.id)).photoKey,
        reply,
      ),
  );

  app.get(
    '/api/admin/card-applications/:id/form.pdf',
    { config: { access: officer }, schema: { tags, summary: '会员卡申请表', params: idParams } },
    async (request, reply) => {
      const application = await findApplication(app.prisma, request.params.id);
      const pdf = await cardApplicationFormPdf({
        prisma: app.prisma,
        storage: app.storage,
        application,
      });
      return sendPdf(reply, pdf, '会员卡申请表.pdf');
    },
  );

  app.post(
    '/api/admin/card-applications/:id/transition',
    {
      config: { access: officer },
      schema: {
        tags,
        summary: '办理（受理、印制、制卡、制卡完成、验卡、领取、驳回）',
        params: idParams,
        body: cardTransitionSchema,
        response: { 200: cardApplicationDetailSchema },
      },
    },
    async (request) => {
      await transitionCardApplication({
        prisma: app.prisma,
        applicationId: request.params.id,
        action: request.body.action,
        comment: request.body.comment,
        actor: request.actor(),
      });
      return getCardApplicationDetail(app.prisma, request.params.id);
    },
  );

  app.post(
    '/api/admin/card-applications/bulk-transition',
    {
      config: { access: officer },
      schema: {
        tags,
        summary: '批量办理（同一步骤，全部成功或全部不变）',
        body: bulkCardTransitionSchema,
        response: { 200: bulkCardTransitionResultSchema },
      },
    },
    async (request) => ({
      moved: await bulkTransitionCardApplications({
        prisma: app.prisma,
        action: request.body.action,
        ids: request.body.ids,
        actor: request.actor(),
      }),
    }),
  );
}
