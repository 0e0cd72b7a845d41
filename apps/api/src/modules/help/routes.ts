import { helpContactsSchema } from '@lx/shared/roster-schemas';
import type { App } from '../../lib/app-types.ts';

export async function helpRoutes(app: App) {
  app.get(
    '/api/help/contacts',
    {
      config: { access: 'public' },
      schema: {
        tags: ['help'],
        summary: '联系方式',
        response: {
          200: helpContactsSchema,
        },
      },
    },
    async () => {
      const association = await app.prisma.association.findFirstOrThrow();
      return {
        associationName: association.name,
        phone: association.supportPhone,
        email: association.supportEmail,
        address: association.address,
      };
    },
  );
}
