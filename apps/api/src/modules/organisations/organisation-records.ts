import {
  accountStateOf,
  type OrganisationDetail,
  type OrganisationListItem,
} from '@lx/shared/member-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findTransfers } from '../members/member-records.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export const PRACTISING_COUNT = {
  _count: { select: { lawyers: { where: { status: 'PRACTISING' } } } },
} as const satisfies Prisma.OrganisationInclude;
type ListRow = Prisma.OrganisationGetPayload<{ include: typeof PRACTISING_COUNT }>;

export function toOrganisationListItem(row: ListRow): OrganisationListItem {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    licenceNo: row.licenceNo,
    memberNo: row.memberNo,
    headName: row.headName,
    status: row.status,
    practising: row._count.lawyers,
  };
}

/** One organisation with its lawyer counts, account state and the latest moves in and out. */
export async function getOrganisationDetail(db: Db, id: string): Promise<OrganisationDetail> {
  const row = await db.organisation.findUnique({
    where: { id },
    include: { ...PRACTISING_COUNT, account: true },
  });
  if (!row) throw notFound('机构');
  // One after the other: this also runs inside a transaction, whose statements go one at a time.
  const left = await db.lawyer.count({ where: { organisationId: id, status: 'LEFT' } });
  const transfers = await findTransfers(
    db,
    { OR: [{ fromOrganisationId: id }, { toOrganisationId: id }] },
    20,
  );
  return {
    ...toOrganisationListItem(row),
    address: row.address,
    phone: row.phone,
    left,
    accountState: accountStateOf(row.account),
    transfers,
  };
}
