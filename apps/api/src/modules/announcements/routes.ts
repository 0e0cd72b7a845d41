import { z } from 'zod';
import { text } from '@lx/shared/formats';
import {
  ANNOUNCEMENT_STATES,
  announcementInputSchema,
  announcementSchema,
} from '@lx/shared/announcement-schemas';
import { pageOf, pageQuerySchema } from '@lx/shared/pagination';
import type { App } from '../../lib/app-types.ts';
import {
  findAnnouncementPage,
  findPublishedAnnouncements,
  getPublishedAnnouncement,
} from './announcement-list.ts';
import {
  createAnnouncement,
  deleteAnnouncement,
  transitionAnnouncement,
  updateAnnouncement,
} from './announcement-management.ts';

const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
const versionBody = z.object({ version: z.number().int().min(0) });
const publicItem = z.object({
  id: z.string(),
  title: z.string(),
  pinned: z.boolean(),
  publishedAt: z.string(),
});
const publicDetail = publicItem.extend({ body: z.string() });
const manage = { permission: 'announcement.manage' } as const;

export async function announcementRoutes(app: App) {
  const tags = ['announcements'];

  app.get(
    '/api/announcements',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '通知公告列表',
        querystring: pageQuerySchema,
        response: { 200: pageOf(publicItem) },
      },
    },
    async (request) => findPublishedAnnouncements(app.prisma, request.query),
  );

  app.get(
    '/api/announcements/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '通知公告详情', params: idParams, response: { 200: publicDetail } },
    },
    async (request) => getPublishedAnnouncement(app.prisma, request.params.id),
  );

  app.get(
    '/api/admin/announcements',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '公告管理列表',
        querystring: pageQuerySchema.extend({
          state: z.enum(ANNOUNCEMENT_STATES).optional(),
          q: text().trim().max(50).optional(),
        }),
        response: { 200: pageOf(announcementSchema) },
      },
    },
    async (request) => findAnnouncementPage(app.prisma, request.query),
  );

  app.post(
    '/api/admin/announcements',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '新建公告（草稿）',
        body: announcementInputSchema,
        response: { 200: announcementSchema },
      },
    },
    async (request) =>
      createAnnouncement({ prisma: app.prisma, input: request.body, actor: request.actor() }),
  );

  app.put(
    '/api/admin/announcements/:id',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '修改公告',
        params: idParams,
        body: announcementInputSchema.extend(versionBody.shape),
        response: { 200: announcementSchema },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return updateAnnouncement({
        prisma: app.prisma,
        id: request.params.id,
        input,
        version,
        actor: request.actor(),
      });
    },
  );

  for (const action of ['publish', 'withdraw'] as const) {
    app.post(
      `/api/admin/announcements/:id/${action}`,
      {
        config: { access: manage },
        schema: {
          tags,
          summary: action === 'publish' ? '发布公告' : '撤回公告',
          params: idParams,
          body: versionBody,
          response: { 200: announcementSchema },
        },
      },
      async (request) =>
        transitionAnnouncement({
          prisma: app.prisma,
          id: request.params.id,
          action,
          version: request.body.version,
          actor: request.actor(),
        }),
    );
  }

  app.delete(
    '/api/admin/announcements/:id',
    { config: { access: manage }, schema: { tags, summary: '删除公告草稿', params: idParams } },
    async (request, reply) => {
      await deleteAnnouncement({
        prisma: app.prisma,
        id: request.params.id,
        actor: request.actor(),
      });
      return reply.status(204).send();
    },
  );
}
