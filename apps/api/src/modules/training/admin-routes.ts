import { z } from 'zod';
import { pageQuerySchema } from '@lx/shared/pagination';
import { importReportSchema, importResultSchema } from '@lx/shared/table-import';
import {
  complianceQuerySchema,
  compliancePageSchema,
  importBatchPageSchema,
  importBatchSchema,
  lawyerHitListSchema,
  lawyerSearchQuerySchema,
  manualEntryInputSchema,
  organisationCompliancePageSchema,
  organisationComplianceQuerySchema,
  requirementListSchema,
  requirementsInputSchema,
  reversalInputSchema,
  trainingEntryPageSchema,
  trainingEntryQuerySchema,
  trainingEntrySchema,
  trainingSummarySchema,
  trainingYearQuerySchema,
  yearField,
} from '@lx/shared/training-schemas';
import type { App } from '../../lib/app-types.ts';
import { notFound } from '../../lib/domain-error.ts';
import { sendSpreadsheet } from '../../lib/send-file.ts';
import { readTableUpload } from '../../lib/table-import.ts';
import {
  compliancePage,
  complianceWorkbook,
  organisationCompliancePage,
} from './compliance-report.ts';
import { importBatchPage, reverseImportBatch } from './import-batches.ts';
import { trainingImportTemplate } from './import-template.ts';
import { searchLawyers } from './lawyer-search.ts';
import { dryRunTrainingImport, runTrainingImport } from './training-import.ts';
import { addManualEntry, reverseEntry } from './training-ledger.ts';
import { trainingEntryPage, trainingSummary } from './training-records.ts';
import { getRequirements, setRequirements } from './training-requirements.ts';

const lawyerParams = z.object({ lawyerId: z.uuid({ error: '律师编号格式不正确' }) });
const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });
const yearParams = z.object({ year: yearField });
const complianceExportSchema = complianceQuerySchema.omit({ page: true, pageSize: true });

/** 培训管理 (活动专员): requirements, one lawyer's ledger, imports and the compliance report. */
export async function trainingAdminRoutes(app: App) {
  const tags = ['training-admin'];
  const config = { access: { permission: 'event.manage' } } as const;

  app.get(
    '/api/admin/training/requirements',
    {
      config,
      schema: {
        tags,
        summary: '年度学时要求',
        querystring: trainingYearQuerySchema,
        response: { 200: requirementListSchema },
      },
    },
    async (request) => getRequirements(app.prisma, request.query.year),
  );

  app.put(
    '/api/admin/training/requirements/:year',
    {
      config,
      schema: {
        tags,
        summary: '设定年度学时要求（替换该年度的全部类别）',
        params: yearParams,
        body: requirementsInputSchema,
        response: { 200: requirementListSchema },
      },
    },
    async (request) =>
      setRequirements(app.prisma, request.params.year, request.body, request.actor()),
  );

  app.get(
    '/api/admin/training/lawyers',
    {
      config,
      schema: {
        tags,
        summary: '查找律师（姓名、执业证号、会员编号）',
        querystring: lawyerSearchQuerySchema,
        response: { 200: lawyerHitListSchema },
      },
    },
    async (request) => ({ items: await searchLawyers(app.prisma, request.query.q) }),
  );

  app.get(
    '/api/admin/training/lawyers/:lawyerId/summary',
    {
      config,
      schema: {
        tags,
        summary: '律师年度学时',
        params: lawyerParams,
        querystring: trainingYearQuerySchema,
        response: { 200: trainingSummarySchema },
      },
    },
    async (request) => {
      const summary = await trainingSummary(
        app.prisma,
        request.query.year,
        request.params.lawyerId,
      );
      if (!summary) throw notFound('律师');
      return summary;
    },
  );

  app.get(
    '/api/admin/training/lawyers/:lawyerId/entries',
    {
      config,
      schema: {
        tags,
        summary: '律师学时台账（分页）',
        params: lawyerParams,
        querystring: trainingEntryQuerySchema,
        response: { 200: trainingEntryPageSchema },
      },
    },
    async (request) => trainingEntryPage(app.prisma, request.params.lawyerId, request.query),
  );

  app.post(
    '/api/admin/training/lawyers/:lawyerId/entries',
    {
      config,
      schema: {
        tags,
        summary: '人工录入学时',
        params: lawyerParams,
        body: manualEntryInputSchema,
        response: { 201: trainingEntrySchema },
      },
    },
    async (request, reply) => {
      const entry = await addManualEntry(
        app.prisma,
        request.params.lawyerId,
        request.body,
        request.actor(),
      );
      reply.code(201);
      return entry;
    },
  );

  app.post(
    '/api/admin/training/entries/:id/reverse',
    {
      config,
      schema: {
        tags,
        summary: '冲销一条学时记录',
        params: idParams,
        body: reversalInputSchema,
        response: { 201: trainingEntrySchema },
      },
    },
    async (request, reply) => {
      const entry = await reverseEntry(
        app.prisma,
        request.params.id,
        request.body.reason,
        request.actor(),
      );
      reply.code(201);
      return entry;
    },
  );

  app.get(
    '/api/admin/training/imports/template.xlsx',
    { config, schema: { tags, summary: '下载导入模板（.xlsx）' } },
    async (_request, reply) => {
      const { bytes, filename } = await trainingImportTemplate();
      return sendSpreadsheet(reply, bytes, filename);
    },
  );

  app.post(
    '/api/admin/training/imports/dry-run',
    {
      config,
      schema: {
        tags,
        summary: '检查导入文件（multipart：file，.xlsx 或 .csv；不写入）',
        response: { 200: importReportSchema },
      },
    },
    async (request) => dryRunTrainingImport(app.prisma, await readTableUpload(request)),
  );

  app.post(
    '/api/admin/training/imports',
    {
      config,
      schema: {
        tags,
        summary: '导入培训记录（multipart：file；有效行在一个事务中写入为一个批次）',
        response: { 201: importResultSchema },
      },
    },
    async (request, reply) => {
      const result = await runTrainingImport(
        app.prisma,
        await readTableUpload(request),
        request.actor(),
      );
      reply.code(201);
      return result;
    },
  );

  app.get(
    '/api/admin/training/imports',
    {
      config,
      schema: {
        tags,
        summary: '导入批次',
        querystring: pageQuerySchema,
        response: { 200: importBatchPageSchema },
      },
    },
    async (request) => importBatchPage(app.prisma, request.query),
  );

  app.post(
    '/api/admin/training/imports/:id/reverse',
    {
      config,
      schema: {
        tags,
        summary: '冲销整个导入批次',
        params: idParams,
        body: reversalInputSchema,
        response: { 200: importBatchSchema },
      },
    },
    async (request) =>
      reverseImportBatch(app.prisma, request.params.id, request.body.reason, request.actor()),
  );

  app.get(
    '/api/admin/training/compliance',
    {
      config,
      schema: {
        tags,
        summary: '学时达标情况（按律师）',
        querystring: complianceQuerySchema,
        response: { 200: compliancePageSchema },
      },
    },
    async (request) => compliancePage(app.prisma, request.query),
  );

  app.get(
    '/api/admin/training/compliance.xlsx',
    {
      config,
      schema: { tags, summary: '导出学时达标情况（.xlsx）', querystring: complianceExportSchema },
    },
    async (request, reply) => {
      const { bytes, filename } = await complianceWorkbook(app.prisma, request.query);
      return sendSpreadsheet(reply, bytes, filename);
    },
  );

  app.get(
    '/api/admin/training/compliance/organisations',
    {
      config,
      schema: {
        tags,
        summary: '学时达标情况（按机构）',
        querystring: organisationComplianceQuerySchema,
        response: { 200: organisationCompliancePageSchema },
      },
    },
    async (request) => organisationCompliancePage(app.prisma, request.query),
  );
}
