import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  certificateApplicationInputSchema,
  certificateApplicationSchema,
  certificateDraftSchema,
  certificateNumberSchema,
  certificatePageSchema,
  certificateVerificationSchema,
  certificateWizardSchema,
  fileVerificationSchema,
  sendCertificateMailSchema,
} from '@lx/shared/certificate-schemas';
import { pageQuerySchema } from '@lx/shared/pagination';
import { VERIFY_MAX_BYTES } from '@lx/shared/upload-limits';
import type { App } from '../../lib/app-types.ts';
import { conflict } from '../../lib/domain-error.ts';
import { readSingleUpload } from '../../lib/read-form.ts';
import {
  submitCertificateApplication,
  withdrawCertificateApplication,
} from './certificate-applications.ts';
import { findOwnCertificatePage } from './certificate-list.ts';
import { mailCertificate } from './certificate-mail.ts';
import { associationNameOf, findOwnApplication, toApplication } from './certificate-records.ts';
import { verifyCertificateFile, verifyCertificateNumber } from './certificate-verification.ts';
import { getCertificateWizard, saveCertificateDraft } from './certificate-wizard.ts';
import { sendCertificateFile } from './send-certificate-file.ts';
import type { Issuer } from './issue-certificate.ts';

const idParams = z.object({ id: z.uuid({ error: '申请编号格式不正确' }) });

export async function certificateRoutes(
  app: App,
  opts: { issuer: Issuer; verifyRateLimitPerMinute: number },
) {
  const tags = ['certificates'];
  const member = { access: 'member' } as const;
  const accountOf = (request: FastifyRequest) => request.requireAuth().accountId;
  const view = async (accountId: string, id: string) =>
    toApplication(
      await findOwnApplication(app.prisma, accountId, id),
      await associationNameOf(app.prisma),
    );

  app.get(
    '/api/certificates/wizard',
    {
      config: member,
      schema: { tags, summary: '申请向导数据', response: { 200: certificateWizardSchema } },
    },
    async (request) => getCertificateWizard(app.prisma, accountOf(request)),
  );

  app.put(
    '/api/certificates/draft',
    {
      config: member,
      schema: {
        tags,
        summary: '保存申请草稿',
        body: certificateDraftSchema,
        response: { 200: certificateDraftSchema },
      },
    },
    async (request) => saveCertificateDraft(app.prisma, accountOf(request), request.body),
  );

  app.delete(
    '/api/certificates/draft',
    { config: member, schema: { tags, summary: '放弃申请草稿' } },
    async (request, reply) => {
      await app.prisma.certificateDraft.deleteMany({ where: { accountId: accountOf(request) } });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/certificates',
    {
      config: member,
      schema: {
        tags,
        summary: '提交电子证明申请',
        body: certificateApplicationInputSchema,
        response: { 201: certificateApplicationSchema },
      },
    },
    async (request, reply) => {
      const accountId = accountOf(request);
      const id = await submitCertificateApplication({
        prisma: app.prisma,
        issuer: opts.issuer,
        accountId,
        input: request.body,
        actor: request.actor(),
        log: request.log,
      });
      reply.code(201);
      return view(accountId, id);
    },
  );

  app.get(
    '/api/certificates',
    {
      config: member,
      schema: {
        tags,
        summary: '我的证明',
        querystring: pageQuerySchema,
        response: { 200: certificatePageSchema },
      },
    },
    async (request) => findOwnCertificatePage(app.prisma, accountOf(request), request.query),
  );

  app.get(
    '/api/certificates/:id',
    {
      config: member,
      schema: {
        tags,
        summary: '证明详情',
        params: idParams,
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => view(accountOf(request), request.params.id),
  );

  app.post(
    '/api/certificates/:id/withdraw',
    {
      config: member,
      schema: {
        tags,
        summary: '撤回申请',
        params: idParams,
        body: z.object({}).optional(),
        response: { 200: certificateApplicationSchema },
      },
    },
    async (request) => {
      const accountId = accountOf(request);
      await withdrawCertificateApplication({
        prisma: app.prisma,
        accountId,
        applicationId: request.params.id,
        actor: request.actor(),
      });
      return view(accountId, request.params.id);
    },
  );

  app.get(
    '/api/certificates/:id/certificate.pdf',
    { config: member, schema: { tags, summary: '下载证明', params: idParams } },
    async (request, reply) => {
      const row = await findOwnApplication(app.prisma, accountOf(request), request.params.id);
      if (row.certificate?.revokedAt) throw conflict('该证明已被撤销，不能再下载');
      return sendCertificateFile(app, row.certificate, reply);
    },
  );

  app.post(
    '/api/certificates/:id/mail',
    {
      config: member,
      schema: {
        tags,
        summary: '发送到邮箱（加入发件队列）',
        params: idParams,
        body: sendCertificateMailSchema,
        response: { 202: z.object({ to: z.string() }) },
      },
    },
    async (request, reply) => {
      const result = await mailCertificate({
        prisma: app.prisma,
        accountId: accountOf(request),
        applicationId: request.params.id,
        to: request.body.to,
        actor: request.actor(),
      });
      reply.code(202);
      return result;
    },
  );

  const verifyLimit = { max: opts.verifyRateLimitPerMinute, timeWindow: '1 minute' };

  app.get(
    '/api/public/certificates/:number',
    {
      config: { access: 'public', rateLimit: verifyLimit },
      schema: {
        tags: ['verification'],
        summary: '按证明编号验证',
        params: z.object({ number: certificateNumberSchema }),
        response: { 200: certificateVerificationSchema },
      },
    },
    async (request) => verifyCertificateNumber(app.prisma, request.params.number),
  );

  app.post(
    '/api/public/certificates/verify-file',
    {
      config: { access: 'public', rateLimit: verifyLimit },
      schema: {
        tags: ['verification'],
        summary: '上传文件验证（multipart，字段 file：PDF，不超过 10 MB）',
        response: { 200: fileVerificationSchema },
      },
    },
    async (request) => {
      const upload = await readSingleUpload(request, {
        field: 'file',
        maxBytes: VERIFY_MAX_BYTES,
        types: ['application/pdf'],
        label: '证明文件',
      });
      return verifyCertificateFile(app.prisma, upload.sha256);
    },
  );
}
