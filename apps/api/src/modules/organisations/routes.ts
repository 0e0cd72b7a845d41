import { z } from 'zod';
import { ORGANISATION_KINDS } from '@lx/shared/labels';
import {
  createdOrganisationSchema,
  organisationCreateSchema,
  organisationDetailSchema,
  organisationPageSchema,
  organisationSearchQuerySchema,
  organisationUpdateSchema,
} from '@lx/shared/member-schemas';
import type { App } from '../../lib/app-types.ts';
import { listOrganisationOptions, searchOrganisations } from './organisation-list.ts';
import { createOrganisation, updateOrganisation } from './organisation-management.ts';
import { getOrganisationDetail } from './organisation-records.ts';

const organisationOption = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});
const idParams = z.object({ id: z.uuid({ error: '机构编号格式不正确' }) });

export async function organisationRoutes(app: App) {
  const tags = ['organisations'];
  const manage = { access: { permission: 'member.manage' } } as const;

  app.get(
    '/api/admin/organisation-options',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: '执业机构选项（筛选用）',
        response: { 200: z.array(organisationOption) },
      },
    },
    async () => listOrganisationOptions(app.prisma),
  );

  app.get(
    '/api/admin/organisations',
    {
      config: manage,
      schema: {
        tags,
        summary: '机构管理（分页）',
        querystring: organisationSearchQuerySchema,
        response: { 200: organisationPageSchema },
      },
    },
    async (request) => searchOrganisations(app.prisma, request.query),
  );

  app.post(
    '/api/admin/organisations',
    {
      config: manage,
      schema: {
        tags,
        summary: '新建机构（含登录账号）',
        body: organisationCreateSchema,
        response: { 201: createdOrganisationSchema },
      },
    },
    async (request, reply) => {
      const created = await createOrganisation({
        prisma: app.prisma,
        input: request.body,
        actor: request.actor(),
      });
      reply.code(201);
      return created;
    },
  );

  app.get(
    '/api/admin/organisations/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '机构详情',
        params: idParams,
        response: { 200: organisationDetailSchema },
      },
    },
    async (request) => getOrganisationDetail(app.prisma, request.params.id),
  );

  app.patch(
    '/api/admin/organisations/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '编辑机构',
        params: idParams,
        body: organisationUpdateSchema,
        response: { 200: organisationDetailSchema },
      },
    },
    async (request) =>
      updateOrganisation({
        prisma: app.prisma,
        id: request.params.id,
        input: request.body,
        actor: request.actor(),
      }),
  );
}
