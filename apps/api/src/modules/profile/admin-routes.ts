import { z } from 'zod';
import { pageQuerySchema } from '@lx/shared/pagination';
import {
  profileChangePageSchema,
  profileDetailSchema,
  profileQueueQuerySchema,
  profileQueueSchema,
  rejectProfileSchema,
  versionSchema,
} from '@lx/shared/profile-schemas';
import type { App } from '../../lib/app-types.ts';
import { sendPdf, sendPhoto } from '../../lib/send-file.ts';
import { listProfileChanges } from './change-log.ts';
import { findProfileQueue, findProfileRow, getProfileDetail } from './profile-queue.ts';
import { transitionProfile } from './profile-review.ts';
import { registrationFormPdf } from './registration-form-pdf.ts';

const idParams = z.object({ id: z.uuid({ error: '档案编号格式不正确' }) });

export async function profileAdminRoutes(app: App) {
  const tags = ['profile-review'];
  const reviewer = { permission: 'profile.review' } as const;

  app.get(
    '/api/admin/profiles',
    {
      config: { access: reviewer },
      schema: {
        tags,
        summary: '档案审核队列',
        querystring: profileQueueQuerySchema,
        response: { 200: profileQueueSchema },
      },
    },
    async (request) => findProfileQueue(app.prisma, request.query),
  );

  app.get(
    '/api/admin/profiles/:id',
    {
      config: { access: reviewer },
      schema: {
        tags,
        summary: '档案详情',
        params: idParams,
        response: { 200: profileDetailSchema },
      },
    },
    async (request) =>
      getProfileDetail(app.prisma, await findProfileRow(app.prisma, request.params.id)),
  );

  app.get(
    '/api/admin/profiles/:id/photo',
    { config: { access: reviewer }, schema: { tags, summary: '证件照片', params: idParams } },
    async (request, reply) =>
      sendPhoto(app.storage, (await findProfileRow(app.prisma, request.params.id)).photoKey, reply),
  );

  app.get(
    '/api/admin/profiles/:id/registration-form.pdf',
    {
      config: { access: reviewer },
      schema: { tags, summary: '律师基本信息登记表', params: idParams },
    },
    async (request, reply) => {
      const profile = await findProfileRow(app.prisma, request.params.id);
      const pdf = await registrationFormPdf({ prisma: app.prisma, storage: app.storage, profile });
      return sendPdf(reply, pdf, '律师基本信息登记表.pdf');
    },
  );

  app.get(
    '/api/admin/profiles/:id/changes',
    {
      config: { access: reviewer },
      schema: {
        tags,
        summary: '档案变更记录',
        params: idParams,
        querystring: pageQuerySchema,
        response: { 200: profileChangePageSchema },
      },
    },
    async (request) => {
      const profile = await findProfileRow(app.prisma, request.params.id);
      return listProfileChanges(app.prisma, profile.id, request.query);
    },
  );

  app.post(
    '/api/admin/profiles/:id/approve',
    {
      config: { access: reviewer },
      schema: {
        tags,
        summary: '审核通过',
        params: idParams,
        body: versionSchema,
        response: { 200: profileDetailSchema },
      },
    },
    async (request) => {
      const profile = await transitionProfile({
        prisma: app.prisma,
        profileId: request.params.id,
        action: 'approve',
        version: request.body.version,
        actor: request.actor(),
      });
      return getProfileDetail(app.prisma, profile);
    },
  );

  app.post(
    '/api/admin/profiles/:id/reject',
    {
      config: { access: reviewer },
      schema: {
        tags,
        summary: '驳回',
        params: idParams,
        body: rejectProfileSchema,
        response: { 200: profileDetailSchema },
      },
    },
    async (request) => {
      const profile = await transitionProfile({
        prisma: app.prisma,
        profileId: request.params.id,
        action: 'reject',
        version: request.body.version,
        opinion: request.body.opinion,
        actor: request.actor(),
      });
      return getProfileDetail(app.prisma, profile);
    },
  );
}
