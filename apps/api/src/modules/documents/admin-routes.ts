import { z } from 'zod';
import {
  circulationGroupDetailSchema,
  circulationGroupInputSchema,
  circulationGroupSchema,
  circulationOrganisationSchema,
  circulationPersonSchema,
  circulationSearchSchema,
  documentInputSchema,
  documentUpdateSchema,
  feedbackSchema,
  publishDocumentSchema,
  recipientPageSchema,
  recipientQuerySchema,
  staffDocumentPageSchema,
  staffDocumentQuerySchema,
  staffDocumentSchema,
  withdrawDocumentSchema,
} from '@lx/shared/document-schemas';
import { DOCUMENT_WORKFLOW } from '@lx/shared/document-workflow';
import type { App } from '../../lib/app-types.ts';
import { sendSpreadsheet, sendUpload } from '../../lib/send-file.ts';
import {
  deleteCirculationGroup,
  getCirculationGroup,
  listCirculationGroups,
  saveCirculationGroup,
  searchCirculationOrganisations,
  searchCirculationPeople,
} from './circulation-groups.ts';
import { readDocumentAttachment } from './document-attachments.ts';
import { listStaffFeedback, postFeedback } from './document-feedback.ts';
import { findStaffDocumentPage } from './document-list.ts';
import {
  addDocumentAttachments,
  createDocument,
  publishDocument,
  removeDocumentAttachment,
  updateDocument,
  withdrawDocument,
} from './document-management.ts';
import { getStaffDocument } from './document-records.ts';
import { readDocumentFiles, readFeedbackForm } from './document-uploads.ts';
import { findRecipientPage, recipientWorkbook } from './recipient-list.ts';

const documentParams = z.object({ id: z.uuid({ error: '公文编号格式不正确' }) });
const attachmentParams = z.object({
  id: z.uuid({ error: '公文编号格式不正确' }),
  attachmentId: z.uuid({ error: '附件编号格式不正确' }),
});
const fileParams = z.object({ id: z.uuid({ error: '附件编号格式不正确' }) });
const groupParams = z.object({ id: z.uuid({ error: '传阅组编号格式不正确' }) });
/** The export takes the panel's filters, without its paging. */
const exportQuerySchema = recipientQuerySchema.omit({ page: true, pageSize: true });

/** 公文管理 for the documents clerk (document.manage): compose, circulate, follow the reading. */
export async function documentAdminRoutes(app: App) {
  const tags = ['documents-admin'];
  const config = { access: { permission: 'document.manage' } } as const;
  const actions = DOCUMENT_WORKFLOW.transitions;

  app.get(
    '/api/admin/documents',
    {
      config,
      schema: {
        tags,
        summary: '公文列表',
        querystring: staffDocumentQuerySchema,
        response: { 200: staffDocumentPageSchema },
      },
    },
    async (request) => findStaffDocumentPage(app.prisma, request.query),
  );

  app.post(
    '/api/admin/documents',
    {
      config,
      schema: {
        tags,
        summary: '拟稿（保存为草稿）',
        body: documentInputSchema,
        response: { 201: staffDocumentSchema },
      },
    },
    async (request, reply) => {
      const document = await createDocument({
        prisma: app.prisma,
        input: request.body,
        actor: request.actor(),
      });
      reply.code(201);
      return document;
    },
  );

  app.get(
    '/api/admin/documents/:id',
    {
      config,
      schema: {
        tags,
        summary: '公文详情（含传阅情况统计）',
        params: documentParams,
        response: { 200: staffDocumentSchema },
      },
    },
    async (request) => getStaffDocument(app.prisma, request.params.id),
  );

  app.put(
    '/api/admin/documents/:id',
    {
      config,
      schema: {
        tags,
        summary: `${actions.edit.label}草稿（带读取时的 version）`,
        params: documentParams,
        body: documentUpdateSchema,
        response: { 200: staffDocumentSchema },
      },
    },
    async (request) =>
      updateDocument({
        prisma: app.prisma,
        documentId: request.params.id,
        version: request.body.version,
        input: request.body.document,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/documents/:id/attachments',
    {
      config,
      schema: {
        tags,
        summary: '添加附件（multipart：attachments，PDF、图片、Word、Excel）',
        params: documentParams,
        response: { 200: staffDocumentSchema },
      },
    },
    async (request) => {
      const { files } = await readDocumentFiles(request);
      return addDocumentAttachments({
        prisma: app.prisma,
        storage: app.storage,
        documentId: request.params.id,
        files,
        actor: request.actor(),
      });
    },
  );

  app.delete(
    '/api/admin/documents/:id/attachments/:attachmentId',
    {
      config,
      schema: {
        tags,
        summary: '删除草稿的附件',
        params: attachmentParams,
        response: { 200: staffDocumentSchema },
      },
    },
    async (request) =>
      removeDocumentAttachment({
        prisma: app.prisma,
        storage: app.storage,
        documentId: request.params.id,
        attachmentId: request.params.attachmentId,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/documents/:id/publish',
    {
      config,
      schema: {
        tags,
        summary: `${actions.publish.label}（按传阅对象生成收文人员）`,
        params: documentParams,
        body: publishDocumentSchema,
        response: { 200: staffDocumentSchema },
      },
    },
    async (request) =>
      publishDocument({
        prisma: app.prisma,
        documentId: request.params.id,
        version: request.body.version,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/documents/:id/withdraw',
    {
      config,
      schema: {
        tags,
        summary: actions.withdraw.label,
        params: documentParams,
        body: withdrawDocumentSchema,
        response: { 200: staffDocumentSchema },
      },
    },
    async (request) =>
      withdrawDocument({
        prisma: app.prisma,
        documentId: request.params.id,
        reason: request.body.reason,
        actor: request.actor(),
      }),
  );

  app.get(
    '/api/admin/documents/:id/recipients',
    {
      config,
      schema: {
        tags,
        summary: '传阅情况（收文人员与阅读时间）',
        params: documentParams,
        querystring: recipientQuerySchema,
        response: { 200: recipientPageSchema },
      },
    },
    async (request) => findRecipientPage(app.prisma, request.params.id, request.query),
  );

  app.get(
    '/api/admin/documents/:id/recipients.xlsx',
    {
      config,
      schema: {
        tags,
        summary: '导出传阅情况（.xlsx）',
        params: documentParams,
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const { bytes, filename } = await recipientWorkbook(
        app.prisma,
        request.params.id,
        request.query,
      );
      return sendSpreadsheet(reply, bytes, filename);
    },
  );

  app.get(
    '/api/admin/documents/:id/feedback',
    {
      config,
      schema: {
        tags,
        summary: '反馈情况',
        params: documentParams,
        response: { 200: z.array(feedbackSchema) },
      },
    },
    async (request) => listStaffFeedback(app.prisma, request.params.id),
  );

  app.post(
    '/api/admin/documents/:id/feedback',
    {
      config,
      schema: {
        tags,
        summary: '回复反馈（JSON，或 multipart：body + 附件 attachments，至多 1 个）',
        params: documentParams,
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
        recipientId: null,
      });
      reply.code(201);
      return feedback;
    },
  );

  app.get(
    '/api/admin/document-attachments/:id',
    { config, schema: { tags, summary: '下载公文或反馈的附件', params: fileParams } },
    async (request, reply) => {
      const { file, bytes } = await readDocumentAttachment(
        app.prisma,
        app.storage,
        request.params.id,
        null,
      );
      return sendUpload(reply, file, bytes);
    },
  );

  app.get(
    '/api/admin/circulation-groups',
    {
      config,
      schema: { tags, summary: '传阅组', response: { 200: z.array(circulationGroupSchema) } },
    },
    async () => listCirculationGroups(app.prisma),
  );

  app.post(
    '/api/admin/circulation-groups',
    {
      config,
      schema: {
        tags,
        summary: '新建传阅组',
        body: circulationGroupInputSchema,
        response: { 201: circulationGroupDetailSchema },
      },
    },
    async (request, reply) => {
      const group = await saveCirculationGroup({
        prisma: app.prisma,
        groupId: null,
        input: request.body,
        actor: request.actor(),
      });
      reply.code(201);
      return group;
    },
  );

  app.get(
    '/api/admin/circulation-groups/:id',
    {
      config,
      schema: {
        tags,
        summary: '传阅组及其成员',
        params: groupParams,
        response: { 200: circulationGroupDetailSchema },
      },
    },
    async (request) => getCirculationGroup(app.prisma, request.params.id),
  );

  app.put(
    '/api/admin/circulation-groups/:id',
    {
      config,
      schema: {
        tags,
        summary: '修改传阅组（名称、说明、成员）',
        params: groupParams,
        body: circulationGroupInputSchema,
        response: { 200: circulationGroupDetailSchema },
      },
    },
    async (request) =>
      saveCirculationGroup({
        prisma: app.prisma,
        groupId: request.params.id,
        input: request.body,
        actor: request.actor(),
      }),
  );

  app.delete(
    '/api/admin/circulation-groups/:id',
    { config, schema: { tags, summary: '删除传阅组', params: groupParams } },
    async (request, reply) => {
      await deleteCirculationGroup({
        prisma: app.prisma,
        groupId: request.params.id,
        actor: request.actor(),
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/admin/circulation-people',
    {
      config,
      schema: {
        tags,
        summary: '查找人员（律师、执业机构）',
        querystring: circulationSearchSchema,
        response: { 200: z.array(circulationPersonSchema) },
      },
    },
    async (request) => searchCirculationPeople(app.prisma, request.query.q),
  );

  app.get(
    '/api/admin/circulation-organisations',
    {
      config,
      schema: {
        tags,
        summary: '查找执业机构',
        querystring: circulationSearchSchema,
        response: { 200: z.array(circulationOrganisationSchema) },
      },
    },
    async (request) => searchCirculationOrganisations(app.prisma, request.query.q),
  );
}
