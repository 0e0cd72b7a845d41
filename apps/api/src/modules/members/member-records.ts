import {
  accountStateOf,
  type MemberListItem,
  type TransferRecord,
} from '@lx/shared/member-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';

type Db = Pick<PrismaClient, 'lawyer' | 'lawyerTransfer'> | Prisma.TransactionClient;

export const ACCOUNT_SELECT = {
  id: true,
  mobile: true,
  email: true,
  disabled: true,
  lockedUntil: true,
  mustChangePassword: true,
  failedLoginCount: true,
  lastLoginAt: true,
  version: true,
} as const satisfies Prisma.AccountSelect;

export const LIST_INCLUDE = {
  organisation: { select: { name: true, kind: true } },
  account: { select: ACCOUNT_SELECT },
} as const satisfies Prisma.LawyerInclude;
type ListRow = Prisma.LawyerGetPayload<{ include: typeof LIST_INCLUDE }>;

export function toMemberListItem(row: ListRow, now = new Date()): MemberListItem {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    licenceNo: row.licenceNo,
    memberNo: row.memberNo,
    practiceCategory: row.practiceCategory,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    organisationRole: row.organisationRole,
    status: row.status,
    accountState: accountStateOf(row.account, now),
  };
}

/** The lawyer with organisation and account, or 404. */
export async function findMember(db: Db, lawyerId: string) {
  const row = await db.lawyer.findUnique({ where: { id: lawyerId }, include: LIST_INCLUDE });
  if (!row) throw notFound('律师');
  return row;
}

const TRANSFER_INCLUDE = {
  lawyer: { select: { name: true, licenceNo: true } },
  fromOrganisation: { select: { name: true } },
  toOrganisation: { select: { name: true } },
} as const satisfies Prisma.LawyerTransferInclude;

/** 转所 records matching `where`, newest effective date first. */
export async function findTransfers(
  db: Db,
  where: Prisma.LawyerTransferWhereInput,
  take = 50,
): Promise<TransferRecord[]> {
  const rows = await db.lawyerTransfer.findMany({
    where,
    include: TRANSFER_INCLUDE,
    orderBy: [{ effectiveOn: 'desc' }, { createdAt: 'desc' }],
    take,
  });
  return rows.map((r) => ({
    id: r.id,
    lawyerId: r.lawyerId,
    lawyerName: r.lawyer.name,
    licenceNo: r.lawyer.licenceNo,
    fromOrganisationId: r.fromOrganisationId,
    fromOrganisationName: r.fromOrganisation.name,
    toOrganisationId: r.toOrganisationId,
    toOrganisationName: r.toOrganisation.name,
    effectiveOn: r.effectiveOn.toISOString().slice(0, 10),
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
  }));
}
