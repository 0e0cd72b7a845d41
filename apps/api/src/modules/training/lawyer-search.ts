import type { LawyerHit } from '@lx/shared/training-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Lawyers by name (part of it), 执业证号 or 会员编号 (the start of it): at most 20, by name. */
export async function searchLawyers(prisma: PrismaClient, q: string): Promise<LawyerHit[]> {
  const rows = await prisma.lawyer.findMany({
    where: {
      OR: [
        { name: { contains: q } },
        { licenceNo: { startsWith: q } },
        { memberNo: { startsWith: q, mode: 'insensitive' } },
      ],
    },
    select: {
      id: true,
      name: true,
      licenceNo: true,
      memberNo: true,
      organisation: { select: { name: true } },
    },
    orderBy: [{ status: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    take: 20,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    licenceNo: r.licenceNo,
    memberNo: r.memberNo,
    organisationName: r.organisation.name,
  }));
}
