import type { RosterTrainingPage } from '@lx/shared/training-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { DomainError, notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import type { SessionContext } from '../auth/session-store.ts';
import { trainingSummaries } from './training-records.ts';

type Member = Pick<SessionContext, 'lawyerId' | 'organisationId'>;

/** The signed-in lawyer's own ledger; an organisation reads its lawyers' through the roster. */
export function ownLawyer(member: Member): string {
  if (!member.lawyerId) throw new DomainError('FORBIDDEN', '机构账号请在“本所律师学时”中查看');
  return member.lawyerId;
}

/**
 * The lawyer whose records this member may read: a lawyer themself, an organisation any lawyer of
 * its roster (also one who left). Anyone else's: 404, as if there were none.
 */
export async function readableLawyer(
  prisma: PrismaClient,
  member: Member,
  lawyerId: string,
): Promise<string> {
  if (member.lawyerId) {
    if (member.lawyerId !== lawyerId) throw notFound('律师');
    return lawyerId;
  }
  const lawyer = member.organisationId
    ? await prisma.lawyer.findFirst({
        where: { id: lawyerId, organisationId: member.organisationId },
        select: { id: true },
      })
    : null;
  if (!lawyer) throw notFound('律师');
  return lawyer.id;
}

/** 本所律师学时: each practising lawyer of the organisation's roster with their year, by name. */
export async function rosterTrainingPage(
  prisma: PrismaClient,
  member: Member,
  query: { year: number; page: number; pageSize: number },
): Promise<RosterTrainingPage> {
  if (!member.organisationId)
    throw new DomainError('FORBIDDEN', '只有律师事务所和律师办公室可以查看本所律师学时');
  const where = { organisationId: member.organisationId, status: 'PRACTISING' as const };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.lawyer.findMany({
        where,
        select: { id: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => prisma.lawyer.count({ where }),
  });
  const items = await trainingSummaries(
    prisma,
    query.year,
    rows.map((r) => r.id),
  );
  return { items, total, page: query.page, pageSize: query.pageSize };
}
