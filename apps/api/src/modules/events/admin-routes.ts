import { z } from 'zod';
import {
  attendanceResultSchema,
  attendanceSchema,
  cancelEventSchema,
  checkInSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventUpdateSchema,
  leaveDecisionSchema,
  leaveQueueItemSchema,
  leaveQueueQuerySchema,
  leaveQueueSchema,
  leaveRejectionSchema,
  liftSuspensionSchema,
  registrationListQuerySchema,
  registrationPageSchema,
  staffEventPageSchema,
  staffEventSchema,
  staffRegistrationSchema,
  suspensionListQuerySchema,
  suspensionPageSchema,
  suspensionRuleSchema,
  suspensionSchema,
} from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW, LEAVE_WORKFLOW, REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import type { App } from '../../lib/app-types.ts';
import { sendSpreadsheet, sendUpload } from '../../lib/send-file.ts';
import { checkIn, closeAttendance, markAttendance, undoAttendance } from './event-attendance.ts';
import { findStaffEventPage } from './event-list.ts';
import { cancelEvent, createEvent, publishEvent, updateEvent } from './event-management.ts';
import { getStaffEvent } from './event-records.ts';
import { findLeaveQueue } from './leave-queue.ts';
import { approveLeave, rejectLeave } from './leave-review.ts';
import { readEventAttachment } from './read-event-attachment.ts';
import { registrationWorkbook } from './registration-export.ts';
import { findRegistrationPage } from './registration-list.ts';
import { findSuspensionPage } from './suspension-list.ts';
import { liftSuspension } from './suspension-management.ts';
import { getSuspensionRule, updateSuspensionRule } from './suspension-rule.ts';

const eventParams = z.object({ id: z.uuid({ error: '活动编号格式不正确' }) });
const registrationParams = z.object({ id: z.uuid({ error: '报名编号格式不正确' }) });
const leaveParams = z.object({ id: z.uuid({ error: '请假申请编号格式不正确' }) });
const suspensionParams = z.object({ id: z.uuid({ error: '暂停记录编号格式不正确' }) });
const attachmentParams = z.object({ id: z.uuid({ error: '附件编号格式不正确' }) });
const emptyBody = z.object({}).optional();
/** The export takes the list's filters, without its paging. */
const exportQuerySchema = registrationListQuerySchema.omit({ page: true, pageSize: true });

/** 活动管理 for the events officer (event.manage): events, registrations, leave, no-shows. */
export async function eventAdminRoutes(app: App) {
  const tags = ['events-admin'];
  const config = { access: { permission: 'event.manage' } } as const;
  const actions = EVENT_WORKFLOW.transitions;

  app.get(
    '/api/admin/events',
    {
      config,
      schema: {
        tags,
        summary: '活动列表',
        querystring: eventListQuerySchema,
        response: { 200: staffEventPageSchema },
      },
    },
    async (request) => findStaffEventPage(app.prisma, request.query),
  );

  app.post(
    '/api/admin/events',
    {
      config,
      schema: {
        tags,
        summary: '新建活动（草稿）',
        body: eventInputSchema,
        response: { 200: staffEventSchema },
      },
    },
    async (request) =>
      createEvent({ prisma: app.prisma, input: request.body, actor: request.actor() }),
  );

  app.get(
    '/api/admin/events/:id',
    {
      config,
      schema: {
        tags,
        summary: '活动详情（含各状态报名人数）',
        params: eventParams,
        response: { 200: staffEventSchema },
      },
    },
    async (request) => getStaffEvent(app.prisma, request.params.id),
  );

  app.put(
    '/api/admin/events/:id',
    {
      config,
      schema: {
        tags,
        summary: `${actions.edit.label}活动（带读取时的 version；已发布的活动名额只增不减）`,
        params: eventParams,
        body: eventUpdateSchema,
        response: { 200: staffEventSchema },
      },
    },
    async (request) =>
      updateEvent({
        prisma: app.prisma,
        eventId: request.params.id,
        version: request.body.version,
        input: request.body.event,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/events/:id/publish',
    {
      config,
      schema: {
        tags,
        summary: `${actions.publish.label}活动`,
        params: eventParams,
        body: emptyBody,
        response: { 200: staffEventSchema },
      },
    },
    async (request) =>
      publishEvent({ prisma: app.prisma, eventId: request.params.id, actor: request.actor() }),
  );

  app.post(
    '/api/admin/events/:id/cancel',
    {
      config,
      schema: {
        tags,
        summary: `${actions.cancel.label}（全部报名随之取消并通知报名人）`,
        params: eventParams,
        body: cancelEventSchema,
        response: { 200: staffEventSchema },
      },
    },
    async (request) =>
      cancelEvent({
        prisma: app.prisma,
        eventId: request.params.id,
        reason: request.body.reason,
        actor: request.actor(),
      }),
  );

  app.get(
    '/api/admin/events/:id/registrations',
    {
      config,
      schema: {
        tags,
        summary: '报名名单',
        params: eventParams,
        querystring: registrationListQuerySchema,
        response: { 200: registrationPageSchema },
      },
    },
    async (request) => findRegistrationPage(app.prisma, request.params.id, request.query),
  );

  app.get(
    '/api/admin/events/:id/registrations.xlsx',
    {
      config,
      schema: {
        tags,
        summary: '导出报名名单（Excel，按列表的筛选条件）',
        params: eventParams,
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const { bytes, filename } = await registrationWorkbook(
        app.prisma,
        request.params.id,
        request.query,
      );
      return sendSpreadsheet(reply, bytes, filename);
    },
  );

  app.post(
    '/api/admin/events/:id/attendance',
    {
      config,
      schema: {
        tags,
        summary: `批量${REGISTRATION_WORKFLOW.transitions.markAttended.label}`,
        params: eventParams,
        body: attendanceSchema,
        response: { 200: attendanceResultSchema },
      },
    },
    async (request) =>
      markAttendance({
        prisma: app.prisma,
        eventId: request.params.id,
        registrationIds: request.body.registrationIds,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/events/:id/check-in',
    {
      config,
      schema: {
        tags,
        summary: '签到码签到',
        params: eventParams,
        body: checkInSchema,
        response: { 200: staffRegistrationSchema },
      },
    },
    async (request) =>
      checkIn({
        prisma: app.prisma,
        eventId: request.params.id,
        code: request.body.code,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/event-registrations/:id/undo-attendance',
    {
      config,
      schema: {
        tags,
        summary: REGISTRATION_WORKFLOW.transitions.undoAttended.label,
        params: registrationParams,
        body: emptyBody,
        response: { 200: staffRegistrationSchema },
      },
    },
    async (request) =>
      undoAttendance({
        prisma: app.prisma,
        registrationId: request.params.id,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/events/:id/close-attendance',
    {
      config,
      schema: {
        tags,
        summary: `${actions.closeAttendance.label}（未签到者记为缺席，签到者记学时）`,
        params: eventParams,
        body: emptyBody,
        response: { 200: staffEventSchema },
      },
    },
    async (request) =>
      closeAttendance({ prisma: app.prisma, eventId: request.params.id, actor: request.actor() }),
  );

  app.get(
    '/api/admin/event-leaves',
    {
      config,
      schema: {
        tags,
        summary: '请假审核队列',
        querystring: leaveQueueQuerySchema,
        response: { 200: leaveQueueSchema },
      },
    },
    async (request) => findLeaveQueue(app.prisma, request.query),
  );

  app.post(
    '/api/admin/event-leaves/:id/approve',
    {
      config,
      schema: {
        tags,
        summary: `${LEAVE_WORKFLOW.transitions.approve.label}请假`,
        params: leaveParams,
        body: leaveDecisionSchema,
        response: { 200: leaveQueueItemSchema },
      },
    },
    async (request) =>
      approveLeave({
        prisma: app.prisma,
        leaveId: request.params.id,
        reason: request.body.reason,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/event-leaves/:id/reject',
    {
      config,
      schema: {
        tags,
        summary: `${LEAVE_WORKFLOW.transitions.reject.label}请假（须填原因）`,
        params: leaveParams,
        body: leaveRejectionSchema,
        response: { 200: leaveQueueItemSchema },
      },
    },
    async (request) =>
      rejectLeave({
        prisma: app.prisma,
        leaveId: request.params.id,
        reason: request.body.reason,
        actor: request.actor(),
      }),
  );

  app.get(
    '/api/admin/event-suspensions',
    {
      config,
      schema: {
        tags,
        summary: '暂停报名名单',
        querystring: suspensionListQuerySchema,
        response: { 200: suspensionPageSchema },
      },
    },
    async (request) => findSuspensionPage(app.prisma, request.query),
  );

  app.post(
    '/api/admin/event-suspensions/:id/lift',
    {
      config,
      schema: {
        tags,
        summary: '解除暂停报名',
        params: suspensionParams,
        body: liftSuspensionSchema,
        response: { 200: suspensionSchema },
      },
    },
    async (request) =>
      liftSuspension({
        prisma: app.prisma,
        suspensionId: request.params.id,
        reason: request.body.reason,
        actor: request.actor(),
      }),
  );

  app.get(
    '/api/admin/event-settings',
    {
      config,
      schema: { tags, summary: '缺席规则', response: { 200: suspensionRuleSchema } },
    },
    async () => getSuspensionRule(app.prisma),
  );

  app.put(
    '/api/admin/event-settings',
    {
      config,
      schema: {
        tags,
        summary: '设置缺席规则',
        body: suspensionRuleSchema,
        response: { 200: suspensionRuleSchema },
      },
    },
    async (request) =>
      updateSuspensionRule({ prisma: app.prisma, rule: request.body, actor: request.actor() }),
  );

  app.get(
    '/api/admin/event-attachments/:id',
    {
      config,
      schema: { tags, summary: '报名或请假附件（下载）', params: attachmentParams },
    },
    async (request, reply) => {
      const { file, bytes } = await readEventAttachment(app.prisma, app.storage, request.params.id);
      return sendUpload(reply, file, bytes);
    },
  );
}
