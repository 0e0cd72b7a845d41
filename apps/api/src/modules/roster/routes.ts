import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  addedLawyerSchema,
  recordDepartureSchema,
  rosterLawyerInputSchema,
  rosterSchema,
} from '@lx/shared/roster-schemas';
import type { App } from '../../lib/app-types.ts';
import {
  addLawyer,
  getRoster,
  organisationOfSession,
  recordDeparture,
} from './roster-management.ts';

const idParams = z.object({ id: z.uuid({ error: '律师编号格式不正确' }) });

export async function rosterRoutes(app: App) {
  const tags = ['roster'];
  const organisation = { access: 'organisation' } as const;
  const organisationIdOf = (request: FastifyRequest) =>
    organisationOfSession(request.requireAuth());

  app.get(
    '/api/organisation/lawyers',
    {
      config: organisation,
      schema: { tags, summary: '律师列表', response: { 200: rosterSchema } },
    },
    async (request) => getRoster(app.prisma, organisationIdOf(request)),
  );

  app.post(
    '/api/organisation/lawyers',
    {
      config: organisation,
      schema: {
        tags,
        summary: '添加律师',
        body: rosterLawyerInputSchema,
        response: { 201: addedLawyerSchema },
      },
    },
    async (request, reply) => {
      const added = await addLawyer({
        prisma: app.prisma,
        organisationId: organisationIdOf(request),
        input: request.body,
        actor: request.actor(),
      });
      reply.code(201);
      return added;
    },
  );

  app.post(
    '/api/organisation/lawyers/:id/leave',
    {
      config: organisation,
      schema: {
        tags,
        summary: '登记离所',
        params: idParams,
        body: recordDepartureSchema,
        response: { 200: rosterSchema },
      },
    },
    async (request) => {
      const organisationId = organisationIdOf(request);
      await recordDeparture({
        prisma: app.prisma,
        organisationId,
        lawyerId: request.params.id,
        leftAt: request.body.leftAt,
        actor: request.actor(),
      });
      return getRoster(app.prisma, organisationId);
    },
  );
}
