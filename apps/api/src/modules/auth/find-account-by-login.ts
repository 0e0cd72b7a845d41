import type { PrismaClient } from '../../generated/prisma/client.ts';

/**
 * SPEC §1: staff sign in with a username; lawyers with their 执业证号 or 会员编号; organisations with
 * their 执业证号 or 会员编号. The numbers are unique across lawyers and organisations.
 */
export async function findAccountIdByLogin(
  prisma: PrismaClient,
  login: string,
): Promise<string | null> {
  const value = login.trim();
  const staff = await prisma.account.findUnique({
    where: { username: value.toLowerCase() },
    select: { id: true },
  });
  if (staff) return staff.id;
  const lawyer = await prisma.lawyer.findFirst({
    where: { OR: [{ licenceNo: value }, { memberNo: value }], accountId: { not: null } },
    select: { accountId: true },
  });
  if (lawyer?.accountId) return lawyer.accountId;
  const organisation = await prisma.organisation.findFirst({
    where: { OR: [{ licenceNo: value }, { memberNo: value }], accountId: { not: null } },
    select: { accountId: true },
  });
  return organisation?.accountId ?? null;
}
