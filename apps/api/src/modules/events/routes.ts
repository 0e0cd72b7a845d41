import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  leaveInputSchema,
  memberEventPageSchema,
  memberEventQuerySchema,
  memberEventSchema,
  memberRegistrationSchema,
  memberSuspensionSchema,
  registrationInputSchema,
} from '@lx/shared/event-schemas';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import type { App } from '../../lib/app-types.ts';
import { notFound } from '../../lib/domain-error.ts';
import { readFormWithAttachments } from '../../lib/read-form.ts';
import { sendUpload } from '../../lib/send-file.ts';
import { findOwnEventAttachment, registrationCalendar } from './event-calendar.ts';
import {
  changeOwnRegistration,
  registerForEvent,
  type MemberRegistrationAction,
} from './event-registrations.ts';
import { requestLeave } from './leave-requests.ts';
import { findActiveSuspension, findMemberEventPage, getMemberEvent } from './member-event-list.ts';

const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
const emptyBody = z.object({}).optional();

const MEMBER_CHANGES: Record<string, MemberRegistrationAction> = {
  cancel: 'cancel',
  accept: 'accept',
  decline: 'decline',
};

export async function eventRoutes(app: App) {
  const tags = ['events'];
  const config = { access: 'member' } as const;
  const memberOf = (request: FastifyRequest) => {
    const { accountId, lawyerId, organisationId } = request.requireAuth();
    return { accountId, lawyerId, organisationId };
  };

  app.get(
    '/api/events',
    {
      config,
      schema: {
        tags,
        summary: '正在报名的活动（tab=open）/ 我已报名的活动（tab=mine）',
        querystring: memberEventQuerySchema,
        response: { 200: memberEventPageSchema },
      },
    },
    async (request) => findMemberEventPage(app.prisma, memberOf(request), request.query),
  );

  app.get(
    '/api/events/suspension',
    {
      config,
      schema: { tags, summary: '我的网上报名暂停', response: { 200: memberSuspensionSchema } },
    },
    async (request) => {
      const { lawyerId } = memberOf(request);
      return { suspension: lawyerId ? await findActiveSuspension(app.prisma, lawyerId) : null };
    },
  );

  app.get(
    '/api/events/:id',
    {
      config,
      schema: { tags, summary: '活动详情', params: idParams, response: { 200: memberEventSchema } },
    },
    async (request) => getMemberEvent(app.prisma, memberOf(request), request.params.id),
  );

  app.post(
    '/api/events/:id/registrations',
    {
      config,
      schema: {
        tags,
        summary: '提交报名申请（JSON，或 multipart：报名表字段 + 附件 attachments）',
        params: idParams,
        response: { 201: memberRegistrationSchema },
      },
    },
    async (request, reply) => {
      const { input, files } = await readFormWithAttachments(request, registrationInputSchema);
      const registration = await registerForEvent({
        prisma: app.prisma,
        storage: app.storage,
        member: memberOf(request),
        eventId: request.params.id,
        input,
        files,
        actor: request.actor(),
      });
      reply.code(201);
      return registration;
    },
  );

  for (const [segment, action] of Object.entries(MEMBER_CHANGES)) {
    app.post(
      `/api/event-registrations/:id/${segment}`,
      {
        config,
        schema: {
          tags,
          summary: REGISTRATION_WORKFLOW.transitions[action].label,
          params: idParams,
          body: emptyBody,
          response: { 200: memberRegistrationSchema },
        },
      },
      async (request) =>
        changeOwnRegistration({
          prisma: app.prisma,
          member: memberOf(request),
          registrationId: request.params.id,
          action,
          actor: request.actor(),
        }),
    );
  }

  app.post(
    '/api/event-registrations/:id/leave',
    {
      config,
      schema: {
        tags,
        summary: '请假（multipart：reason、detail + 请假附件 attachments）',
        params: idParams,
        response: { 200: memberRegistrationSchema },
      },
    },
    async (request) => {
      const { input, files } = await readFormWithAttachments(request, leaveInputSchema);
      return requestLeave({
        prisma: app.prisma,
        storage: app.storage,
        member: memberOf(request),
        registrationId: request.params.id,
        input,
        files,
        actor: request.actor(),
      });
    },
  );

  app.get(
    '/api/event-registrations/:id/calendar.ics',
    { config, schema: { tags, summary: '报名的日历文件（.ics）', params: idParams } },
    async (request, reply) => {
      const { filename, body } = await registrationCalendar(
        app.prisma,
        memberOf(request),
        request.params.id,
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );

  app.get(
    '/api/event-attachments/:id',
    { config, schema: { tags, summary: '我的报名或请假附件', params: idParams } },
    async (request, reply) => {
      const attachment = await findOwnEventAttachment(
        app.prisma,
        memberOf(request),
        request.params.id,
      );
      const bytes = await app.storage.get(attachment.key);
      if (!bytes) throw notFound('附件');
      return sendUpload(reply, attachment, bytes);
    },
  );
}
