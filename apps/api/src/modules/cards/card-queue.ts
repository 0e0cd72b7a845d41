import {
  parseCardApplicationNo,
  type CardApplicationDetail,
  type CardQueue,
  type CardQueueQuery,
} from '@lx/shared/card-schemas';
import { CARD_APPLICATION_STATES } from '@lx/shared/card-workflow';
import { startOfShanghaiDay } from '@lx/shared/dates';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findQueuePage } from '../../lib/find-page.ts';
import { findApplication, situationOf, toApplication, toCard, toSummary } from './card-records.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The card officers' queue: filtered and paged on the server, with a count per state. */
export async function findCardQueue(
  prisma: PrismaClient,
  query: CardQueueQuery,
): Promise<CardQueue> {
  const serial = query.q ? parseCardApplicationNo(query.q) : null;
  const createdAt: Prisma.DateTimeFilter = {
    ...(query.appliedFrom ? { gte: startOfShanghaiDay(query.appliedFrom) } : {}),
    ...(query.appliedTo
      ? { lt: new Date(startOfShanghaiDay(query.appliedTo).getTime() + DAY_MS) }
      : {}),
  };
  const base: Prisma.CardApplicationWhereInput = {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.appliedFrom || query.appliedTo ? { createdAt } : {}),
    ...(query.q
      ? {
          OR: [
            { lawyer: { name: { contains: query.q } } },
            { lawyer: { licenceNo: { startsWith: query.q } } },
            ...(serial !== null ? [{ number: serial }] : []),
          ],
        }
      : {}),
  };
  const where = { ...base, ...(query.state ? { state: query.state } : {}) };
  const { rows, total, counts } = await findQueuePage(query, CARD_APPLICATION_STATES, {
    find: (window) =>
      prisma.cardApplication.findMany({
        where,
        include: { lawyer: { include: { organisation: { select: { name: true } } } } },
        orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
        ...window,
      }),
    countByState: async () => {
      const groups = await prisma.cardApplication.groupBy({
        by: ['state'],
        where: base,
        _count: { _all: true },
      });
      return groups;
    },
  });
  return {
    items: rows.map((row) => ({
      ...toSummary(row),
      lawyerName: row.lawyer.name,
      licenceNo: row.lawyer.licenceNo,
      organisationName: row.lawyer.organisation.name,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

/** One application with its history and the applicant's cards. */
export async function getCardApplicationDetail(
  prisma: PrismaClient,
  applicationId: string,
): Promise<CardApplicationDetail> {
  const application = await findApplication(prisma, applicationId);
  const situation = await situationOf(prisma, application.lawyerId);
  return {
    ...toApplication(application),
    lawyerId: application.lawyerId,
    holderCards: situation.cards.map((card) => {
      const { id, number, state, issuedAt } = toCard(card, situation);
      return { id, number, state, issuedAt };
    }),
  };
}
