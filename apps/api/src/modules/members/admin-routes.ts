import { z } from 'zod';
import {
  accountActionInputSchema,
  accountActionResultSchema,
  ACCOUNT_ACTION_LABELS,
  ACCOUNT_ACTIONS,
  memberCorrectionInputSchema,
  memberDetailSchema,
  memberPageSchema,
  memberSearchQuerySchema,
  ticketMemberSchema,
  transferInputSchema,
} from '@lx/shared/member-schemas';
import { importReportSchema, importResultSchema } from '@lx/shared/table-import';
import { MEMBER_IMPORT_COLUMNS } from '@lx/shared/member-import';
import type { App } from '../../lib/app-types.ts';
import { sendSpreadsheet } from '../../lib/send-file.ts';
import { readTableUpload, tableTemplate } from '../../lib/table-import.ts';
import { correctMember } from './correct-member.ts';
import { changeMemberAccount } from './member-accounts.ts';
import { searchMembers } from './member-list.ts';
import { dryRunMemberImport, runMemberImport } from './member-import.ts';
import { getMemberDetail, memberOfTicket } from './member-overview.ts';
import { transferLawyer } from './transfer-lawyer.ts';

const lawyerParams = z.object({ lawyerId: z.uuid({ error: '律师编号格式不正确' }) });
const ticketParams = z.object({ ticketId: z.uuid({ error: '工单编号格式不正确' }) });

/** 会员管理 (会员管理员 and the administrator): search, the member page and the actions on it. */
export async function memberAdminRoutes(app: App) {
  const tags = ['members'];
  const config = { access: { permission: 'member.manage' } } as const;

  app.get(
    '/api/admin/members',
    {
      config,
      schema: {
        tags,
        summary: '会员查询（分页）',
        querystring: memberSearchQuerySchema,
        response: { 200: memberPageSchema },
      },
    },
    async (request) => searchMembers(app.prisma, request.query),
  );

  app.get(
    '/api/admin/members/:lawyerId',
    {
      config,
      schema: {
        tags,
        summary: '会员详情',
        params: lawyerParams,
        response: { 200: memberDetailSchema },
      },
    },
    async (request) => getMemberDetail(app.prisma, request.params.lawyerId),
  );

  app.get(
    '/api/admin/members/by-ticket/:ticketId',
    {
      config,
      schema: {
        tags,
        summary: '工单所属的律师',
        params: ticketParams,
        response: { 200: ticketMemberSchema },
      },
    },
    async (request) => memberOfTicket(app.prisma, request.params.ticketId),
  );

  app.post(
    '/api/admin/members/:lawyerId/corrections',
    {
      config,
      schema: {
        tags,
        summary: '更正会员信息',
        params: lawyerParams,
        body: memberCorrectionInputSchema,
        response: { 200: memberDetailSchema },
      },
    },
    async (request) => {
      await correctMember({
        prisma: app.prisma,
        lawyerId: request.params.lawyerId,
        input: request.body,
        actor: request.actor(),
      });
      return getMemberDetail(app.prisma, request.params.lawyerId);
    },
  );

  app.post(
    '/api/admin/members/:lawyerId/transfer',
    {
      config,
      schema: {
        tags,
        summary: '转所',
        params: lawyerParams,
        body: transferInputSchema,
        response: { 200: memberDetailSchema },
      },
    },
    async (request) => {
      await transferLawyer({
        prisma: app.prisma,
        lawyerId: request.params.lawyerId,
        input: request.body,
        actor: request.actor(),
      });
      return getMemberDetail(app.prisma, request.params.lawyerId);
    },
  );

  for (const action of ACCOUNT_ACTIONS) {
    app.post(
      `/api/admin/members/:lawyerId/${action}`,
      {
        config,
        schema: {
          tags,
          summary: `${ACCOUNT_ACTION_LABELS[action]}账号`,
          params: lawyerParams,
          body: accountActionInputSchema,
          response: { 200: accountActionResultSchema },
        },
      },
      async (request) =>
        changeMemberAccount({
          prisma: app.prisma,
          lawyerId: request.params.lawyerId,
          action,
          reason: request.body.reason,
          actor: request.actor(),
        }),
    );
  }

  app.get(
    '/api/admin/member-imports/template.xlsx',
    { config, schema: { tags, summary: '下载会员导入模板（.xlsx）' } },
    async (_request, reply) => {
      const { bytes, filename } = await tableTemplate({
        sheet: '会员',
        filename: '会员导入模板.xlsx',
        columns: Object.values(MEMBER_IMPORT_COLUMNS),
        wide: [MEMBER_IMPORT_COLUMNS.organisation],
        example: [
          '林晓燕',
          '女',
          '440104199003150025',
          '14419202210150031',
          '专职律师',
          '广东华粤律师事务所',
          '24419200110512345',
          '律师',
          '13800138031',
        ],
      });
      return sendSpreadsheet(reply, bytes, filename);
    },
  );

  app.post(
    '/api/admin/member-imports/dry-run',
    {
      config,
      schema: {
        tags,
        summary: '检查会员导入文件（multipart：file，.xlsx 或 .csv；不写入）',
        response: { 200: importReportSchema },
      },
    },
    async (request) => dryRunMemberImport(app.prisma, await readTableUpload(request)),
  );

  app.post(
    '/api/admin/member-imports',
    {
      config,
      schema: {
        tags,
        summary: '导入会员（multipart：file；有效行在一个事务中写入）',
        response: { 201: importResultSchema },
      },
    },
    async (request, reply) => {
      const result = await runMemberImport(
        app.prisma,
        await readTableUpload(request),
        request.actor(),
      );
      reply.code(201);
      return result;
    },
  );
}
