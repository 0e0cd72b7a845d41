import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  cardApplicationInputSchema,
  cardApplicationSchema,
  cardOverviewSchema,
} from '@lx/shared/card-schemas';
import type { App } from '../../lib/app-types.ts';
import { ID_PHOTO } from '@lx/shared/id-photo';
import { notFound } from '../../lib/domain-error.ts';
import { readSingleUpload, readStaged } from '../../lib/read-form.ts';
import { sendPdf, sendPhoto } from '../../lib/send-file.ts';
import { applyForCard, cancelCardApplication } from './card-applications.ts';
import { cardApplicationFormPdf } from './card-form-pdf.ts';
import { reactivateCard, reportCardLost } from './card-management.ts';
import { getCardOverview } from './card-overview.ts';
import { uploadCardPhoto } from './card-photo.ts';
import { findOwnApplication, toApplication } from './card-records.ts';

const applicationParams = z.object({ id: z.uuid({ error: '申请编号格式不正确' }) });
const cardParams = z.object({ id: z.uuid({ error: '会员卡编号格式不正确' }) });
const emptyBody = z.object({}).optional();

export async function cardRoutes(app: App) {
  const tags = ['cards'];
  const lawyer = { access: 'lawyer' } as const;
  // The session names the account's lawyer (issue 17: no statement of its own).
  const lawyerIdOf = async (request: FastifyRequest) => {
    const { lawyerId } = request.requireAuth();
    if (!lawyerId) throw notFound('律师');
    return lawyerId;
  };

  app.get(
    '/api/cards',
    {
      config: lawyer,
      schema: { tags, summary: '会员卡与申请概况', response: { 200: cardOverviewSchema } },
    },
    async (request) => getCardOverview(app.prisma, await lawyerIdOf(request)),
  );

  app.put(
    '/api/cards/photo',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '上传会员卡证件照片（multipart，字段 file：JPG，358×441，不超过 1 MB）',
        response: { 200: z.object({ uploadedAt: z.string() }) },
      },
    },
    async (request) => {
      const lawyerId = await lawyerIdOf(request);
      const upload = await readSingleUpload(request, {
        field: 'file',
        maxBytes: ID_PHOTO.maxBytes,
        types: ['image/jpeg'],
        label: '证件照片',
        imageLimit: null, // normaliseIdPhoto checks it, stricter and with the photo's own messages
      });
      return uploadCardPhoto({
        prisma: app.prisma,
        storage: app.storage,
        lawyerId,
        images: app.imagePool,
        bytes: await readStaged(upload),
        actor: request.actor(),
      });
    },
  );

  app.get(
    '/api/cards/photo',
    { config: lawyer, schema: { tags, summary: '已上传的会员卡证件照片' } },
    async (request, reply) => {
      const upload = await app.prisma.cardPhotoUpload.findUnique({
        where: { lawyerId: await lawyerIdOf(request) },
      });
      return sendPhoto(app.storage, upload?.key ?? null, reply);
    },
  );

  app.post(
    '/api/card-applications',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '申请会员卡',
        body: cardApplicationInputSchema,
        response: { 201: cardApplicationSchema },
      },
    },
    async (request, reply) => {
      const lawyerId = await lawyerIdOf(request);
      const application = await applyForCard({
        prisma: app.prisma,
        storage: app.storage,
        lawyerId,
        input: request.body,
        actor: request.actor(),
      });
      reply.code(201);
      return toApplication(application);
    },
  );

  app.get(
    '/api/card-applications/:id',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '会员卡申请详情',
        params: applicationParams,
        response: { 200: cardApplicationSchema },
      },
    },
    async (request) =>
      toApplication(
        await findOwnApplication(app.prisma, await lawyerIdOf(request), request.params.id),
      ),
  );

  app.get(
    '/api/card-applications/:id/photo',
    { config: lawyer, schema: { tags, summary: '申请照片', params: applicationParams } },
    async (request, reply) => {
      const application = await findOwnApplication(
        app.prisma,
        await lawyerIdOf(request),
        request.params.id,
      );
      return sendPhoto(app.storage, application.photoKey, reply);
    },
  );

  app.get(
    '/api/card-applications/:id/form.pdf',
    { config: lawyer, schema: { tags, summary: '打印会员卡申请表', params: applicationParams } },
    async (request, reply) => {
      const application = await findOwnApplication(
        app.prisma,
        await lawyerIdOf(request),
        request.params.id,
      );
      const pdf = await cardApplicationFormPdf({
        prisma: app.prisma,
        storage: app.storage,
        application,
      });
      return sendPdf(reply, pdf, '会员卡申请表.pdf');
    },
  );

  app.post(
    '/api/card-applications/:id/cancel',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '撤消会员卡申请',
        params: applicationParams,
        body: emptyBody,
        response: { 200: cardApplicationSchema },
      },
    },
    async (request) => {
      const lawyerId = await lawyerIdOf(request);
      await cancelCardApplication({
        prisma: app.prisma,
        lawyerId,
        applicationId: request.params.id,
        actor: request.actor(),
      });
      return toApplication(await findOwnApplication(app.prisma, lawyerId, request.params.id));
    },
  );

  for (const [path, summary, change] of [
    ['report-lost', '挂失', reportCardLost],
    ['reactivate', '激活', reactivateCard],
  ] as const) {
    app.post(
      `/api/cards/:id/${path}`,
      {
        config: lawyer,
        schema: {
          tags,
          summary,
          params: cardParams,
          body: emptyBody,
          response: { 200: cardOverviewSchema },
        },
      },
      async (request) => {
        const lawyerId = await lawyerIdOf(request);
        await change({
          prisma: app.prisma,
          lawyerId,
          cardId: request.params.id,
          actor: request.actor(),
        });
        return getCardOverview(app.prisma, lawyerId);
      },
    );
  }
}
