import { z } from 'zod';
import {
  approveCertificateSchema,
  certificateApplicationSchema,
  certificateQueueQuerySchema,
  certificateQueueSchema,
  certificateTypeInputSchema,
  certificateTypeSchema,
  paperProgressSchema,
  rejectCertificateSchema,
  revokeCertificateSchema,
} from '@lx/shared/certificate-schemas';
import type { App } from '../../lib/app-types.ts';
import {
  recordPaperProgress,
  rejectCertificateApplication,
  revokeCertificate,
} from './certificate-applications.ts';
import { findCertificateQueue } from './certificate-queue.ts';
import { associationNameOf, findApplication, toApplication } from './certificate-records.ts';
import {
  createCertificateType,
  listCertificateTypes,
  updateCertificateType,
} from './certificate-types.ts';
import { issueCertificate, type Issuer } from './issue-certificate.ts';
import { sendCertificateFile } from './send-certificate-file.ts';

const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });

export async function certificateAdminRoutes(app: App, opts: { issuer: Issuer }) {
  const tags = ['certificate-review'];
  const reviewer = { access: { permission: 'certificate.review' } } as const;
  const view = async (id: string) =>
    toApplication(await findApplication(app.prisma, id), await associationNameOf(app.prisma));

  app.get(
    '/api/admin/certificate-types',
    {
      config: reviewer,
      schema: { tags, summary: '证明类型', response: { 200: z.array(certificateTypeSchema) } },
    },
    async () => listCertificateTypes(app.prisma),
  );

  app.post(
    '/api/admin/certificate-types',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '新建证明类型',
        body: certificateTypeInputSchema,
        response: { 201: certificateTypeSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return createCertificateType({
        prisma: app.prisma,
        input: request.body,
        actor: request.actor(),
      });
    },
  );

  app.put(
    '/api/admin/certificate-types/:id',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '修改证明类型',
        params: idParams,
        body: certificateTypeInputSchema.and(z.object({ version: z.number().int() })),
        response: { 200: certificateTypeSchema },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return updateCertificateType({
        prisma: app.prisma,
        id: request.params.id,
        version,
        input,
        actor: request.actor(),
      });
    },
  );

  app.get(
    '/api/admin/certificates',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '证明审核队列',
        querystring: certificateQueueQuerySchema,
        response: { 200: certificateQueueSchema },
      },
    },
    async (request) => findCertificateQueue(app.prisma, request.query),
  );

  app.get(
    '/api/admin/certificates/:id',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '证明详情',
        params: idParams,
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => view(request.params.id),
  );

  app.get(
    '/api/admin/certificates/:id/certificate.pdf',
    { config: reviewer, schema: { tags, summary: '下载证明', params: idParams } },
    async (request, reply) =>
      sendCertificateFile(
        app,
        (await findApplication(app.prisma, request.params.id)).certificate,
        reply,
      ),
  );

  app.post(
    '/api/admin/certificates/:id/approve',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '审核通过并签发',
        params: idParams,
        body: approveCertificateSchema,
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => {
      await issueCertificate({
        prisma: app.prisma,
        issuer: opts.issuer,
        applicationId: request.params.id,
        action: 'approve',
        version: request.body.version,
        actor: request.actor(),
      });
      return view(request.params.id);
    },
  );

  app.post(
    '/api/admin/certificates/:id/reject',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '驳回',
        params: idParams,
        body: rejectCertificateSchema,
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => {
      await rejectCertificateApplication({
        prisma: app.prisma,
        applicationId: request.params.id,
        version: request.body.version,
        reason: request.body.reason,
        actor: request.actor(),
      });
      return view(request.params.id);
    },
  );

  app.put(
    '/api/admin/certificates/:id/paper',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '纸质证明进度',
        params: idParams,
        body: paperProgressSchema,
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => {
      await recordPaperProgress({
        prisma: app.prisma,
        applicationId: request.params.id,
        state: request.body.state,
        trackingNo: request.body.trackingNo,
        actor: request.actor(),
      });
      return view(request.params.id);
    },
  );

  app.post(
    '/api/admin/certificates/:id/revoke',
    {
      config: reviewer,
      schema: {
        tags,
        summary: '撤销证明',
        params: idParams,
        body: revokeCertificateSchema,
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => {
      await revokeCertificate({
        prisma: app.prisma,
        applicationId: request.params.id,
        reason: request.body.reason,
        actor: request.actor(),
      });
      return view(request.params.id);
    },
  );
}
