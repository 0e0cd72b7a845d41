import { z } from 'zod';
import { ORGANISATION_KINDS } from '@lx/shared/labels';
import type { App } from '../../lib/app-types.ts';
import { listOrganisationOptions } from './organisation-list.ts';

const organisationOption = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});

export async function organisationRoutes(app: App) {
  app.get(
    '/api/admin/organisation-options',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['organisations'],
        summary: '执业机构选项（筛选用）',
        response: { 200: z.array(organisationOption) },
      },
    },
    async () => listOrganisationOptions(app.prisma),
  );
}
