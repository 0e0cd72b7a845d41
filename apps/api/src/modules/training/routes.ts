import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  rosterTrainingPageSchema,
  rosterTrainingQuerySchema,
  trainingEntryPageSchema,
  trainingEntryQuerySchema,
  trainingSummarySchema,
  trainingYearQuerySchema,
} from '@lx/shared/training-schemas';
import type { App } from '../../lib/app-types.ts';
import { notFound } from '../../lib/domain-error.ts';
import { sendPdf } from '../../lib/send-file.ts';
import { ownLawyer, readableLawyer, rosterTrainingPage } from './member-training.ts';
import { trainingEntryPage, trainingSummary } from './training-records.ts';
import { trainingStatementPdf } from './training-statement.ts';

const lawyerParams = z.object({ lawyerId: z.uuid({ error: '律师编号格式不正确' }) });

/** 培训记录: a lawyer's own year, and an organisation's lawyers' (roster only). */
export async function trainingRoutes(app: App) {
  const tags = ['training'];
  const config = { access: 'member' } as const;
  const memberOf = (request: FastifyRequest) => request.requireAuth();

  const summaryOf = async (lawyerId: string, year: number) => {
    const summary = await trainingSummary(app.prisma, year, lawyerId);
    if (!summary) throw notFound('律师');
    return summary;
  };

  app.get(
    '/api/training/summary',
    {
      config,
      schema: {
        tags,
        summary: '本人年度学时（各类合计与年度要求）',
        querystring: trainingYearQuerySchema,
        response: { 200: trainingSummarySchema },
      },
    },
    async (request) => summaryOf(ownLawyer(memberOf(request)), request.query.year),
  );

  app.get(
    '/api/training/entries',
    {
      config,
      schema: {
        tags,
        summary: '本人培训记录（分页）',
        querystring: trainingEntryQuerySchema,
        response: { 200: trainingEntryPageSchema },
      },
    },
    async (request) => trainingEntryPage(app.prisma, ownLawyer(memberOf(request)), request.query),
  );

  app.get(
    '/api/training/statement.pdf',
    {
      config,
      schema: { tags, summary: '下载本人学时证明（PDF）', querystring: trainingYearQuerySchema },
    },
    async (request, reply) => {
      const { bytes, filename } = await trainingStatementPdf(
        app.prisma,
        ownLawyer(memberOf(request)),
        request.query.year,
      );
      return sendPdf(reply, bytes, filename);
    },
  );

  app.get(
    '/api/training/roster',
    {
      config,
      schema: {
        tags,
        summary: '本所律师学时（机构账号）',
        querystring: rosterTrainingQuerySchema,
        response: { 200: rosterTrainingPageSchema },
      },
    },
    async (request) => rosterTrainingPage(app.prisma, memberOf(request), request.query),
  );

  app.get(
    '/api/training/lawyers/:lawyerId/summary',
    {
      config,
      schema: {
        tags,
        summary: '某律师年度学时（本所律师或本人）',
        params: lawyerParams,
        querystring: trainingYearQuerySchema,
        response: { 200: trainingSummarySchema },
      },
    },
    async (request) =>
      summaryOf(
        await readableLawyer(app.prisma, memberOf(request), request.params.lawyerId),
        request.query.year,
      ),
  );

  app.get(
    '/api/training/lawyers/:lawyerId/entries',
    {
      config,
      schema: {
        tags,
        summary: '某律师培训记录（本所律师或本人）',
        params: lawyerParams,
        querystring: trainingEntryQuerySchema,
        response: { 200: trainingEntryPageSchema },
      },
    },
    async (request) =>
      trainingEntryPage(
        app.prisma,
        await readableLawyer(app.prisma, memberOf(request), request.params.lawyerId),
        request.query,
      ),
  );

  app.get(
    '/api/training/lawyers/:lawyerId/statement.pdf',
    {
      config,
      schema: {
        tags,
        summary: '下载某律师学时证明（本所律师或本人）',
        params: lawyerParams,
        querystring: trainingYearQuerySchema,
      },
    },
    async (request, reply) => {
      const lawyerId = await readableLawyer(app.prisma, memberOf(request), request.params.lawyerId);
      const { bytes, filename } = await trainingStatementPdf(
        app.prisma,
        lawyerId,
        request.query.year,
      );
      return sendPdf(reply, bytes, filename);
    },
  );
}
