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
  // All three are always asked (at once), so that how long the answer takes does not tell which
  // kind of account, if any, the login belongs to.
  const [staff, lawyer, organisation] = await Promise.all([
    prisma.account.findUnique({ where: { username: value.toLowerCase() }, select: { id: true } }),
    prisma.lawyer.findFirst({
      where: { OR: [{ licenceNo: value }, { memberNo: value }], accountId: { not: null } },
      select: { accountId: true },
    }),
    prisma.organisation.findFirst({
      where: { OR: [{ licenceNo: value }, { memberNo: value }], accountId: { not: null } },
      select: { accountId: true },
    }),
  ]);
  return staff?.id ?? lawyer?.accountId ?? organisation?.accountId ?? null;
}
