import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Every organisation by name, for the staff's filter pickers. */
export async function listOrganisationOptions(prisma: PrismaClient) {
  return prisma.organisation.findMany({
    select: { id: true, name: true, kind: true },
    orderBy: { name: 'asc' },
  });
}
