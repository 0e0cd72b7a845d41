import type { AccountState, MemberPage, MemberSearchQuery } from '@lx/shared/member-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';
import { LIST_INCLUDE, toMemberListItem } from './member-records.ts';

/** The accounts in one state, as a filter (the same order of precedence as accountStateOf). */
function accountStateWhere(state: AccountState, now: Date): Prisma.LawyerWhereInput {
  const notLocked = { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  switch (state) {
    case 'NONE':
      return { accountId: null };
    case 'DISABLED':
      return { account: { disabled: true } };
    case 'LOCKED':
      return { account: { disabled: false, lockedUntil: { gt: now } } };
    case 'MUST_CHANGE':
      return { account: { disabled: false, mustChangePassword: true, ...notLocked } };
    case 'ACTIVE':
      return { account: { disabled: false, mustChangePassword: false, ...notLocked } };
  }
}

/**
 * 会员查询: by 姓名 (part of it), 执业证号 (its start), 会员编号 or 身份证号 (the whole of it), and by
 * organisation, category and account state; practising first, by name.
 */
export async function searchMembers(
  prisma: PrismaClient,
  query: MemberSearchQuery,
): Promise<MemberPage> {
  const now = new Date();
  const and: Prisma.LawyerWhereInput[] = [];
  if (query.q) {
    const q = query.q;
    and.push({
      OR: [
        { name: { contains: q } },
        { licenceNo: { startsWith: q } },
        { memberNo: { equals: q, mode: 'insensitive' } },
        { idNo: q.toUpperCase() },
      ],
    });
  }
  if (query.organisationId) and.push({ organisationId: query.organisationId });
  if (query.practiceCategory) and.push({ practiceCategory: query.practiceCategory });
  if (query.accountState) and.push(accountStateWhere(query.accountState, now));
  const where: Prisma.LawyerWhereInput = { AND: and };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.lawyer.findMany({
        where,
        include: LIST_INCLUDE,
        orderBy: [{ status: 'asc' }, { name: 'asc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => prisma.lawyer.count({ where }),
  });
  return {
    items: rows.map((r) => toMemberListItem(r, now)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
