import { z } from 'zod';
import { text } from '@lx/shared/formats';
import { pageOf, pageQuerySchema } from '@lx/shared/pagination';
import {
  createStaffSchema,
  resetStaffPasswordSchema,
  staffAccountSchema,
  updateStaffSchema,
} from '@lx/shared/staff-schemas';
import type { App } from '../../lib/app-types.ts';
import { findStaffPage, listStaffRoles } from './staff-list.ts';
import { createStaff, resetStaffPassword, updateStaff } from './staff-accounts.ts';

const manage = { permission: 'staff.manage' } as const;
const idParams = z.object({ id: z.uuid({ error: '编号格式不正确' }) });

export async function staffRoutes(app: App) {
  const tags = ['staff'];

  app.get(
    '/api/admin/roles',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: '角色与权限',
        response: {
          200: z.array(
            z.object({
              code: z.string(),
              name: z.string(),
              description: z.string(),
              permissions: z.array(z.string()),
            }),
          ),
        },
      },
    },
    async () => listStaffRoles(app.prisma),
  );

  app.get(
    '/api/admin/staff',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '工作人员列表',
        querystring: pageQuerySchema.extend({ q: text().trim().max(50).optional() }),
        response: { 200: pageOf(staffAccountSchema) },
      },
    },
    async (request) => findStaffPage(app.prisma, request.query),
  );

  app.post(
    '/api/admin/staff',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '新建工作人员账号',
        body: createStaffSchema,
        response: { 200: staffAccountSchema },
      },
    },
    async (request) =>
      createStaff({ prisma: app.prisma, input: request.body, actor: request.actor() }),
  );

  app.put(
    '/api/admin/staff/:id',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '修改工作人员账号',
        params: idParams,
        body: updateStaffSchema,
        response: { 200: staffAccountSchema },
      },
    },
    async (request) =>
      updateStaff({
        prisma: app.prisma,
        id: request.params.id,
        input: request.body,
        actor: request.actor(),
      }),
  );

  app.post(
    '/api/admin/staff/:id/reset-password',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: '重设工作人员初始密码',
        params: idParams,
        body: resetStaffPasswordSchema,
      },
    },
    async (request, reply) => {
      await resetStaffPassword({
        prisma: app.prisma,
        id: request.params.id,
        initialPassword: request.body.initialPassword,
        actor: request.actor(),
      });
      return reply.status(204).send();
    },
  );
}
