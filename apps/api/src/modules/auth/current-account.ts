import type { CurrentAccount } from '@lx/shared/account-schemas';
import type { Permission, StaffRoleCode } from '@lx/shared/permissions';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';

/** What the SPAs know about the signed-in account (GET /api/auth/me and after login). */
export async function getCurrentAccount(
  prisma: PrismaClient,
  accountId: string,
): Promise<CurrentAccount> {
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    include: {
      roles: { include: { role: true } },
      lawyer: { include: { organisation: { select: { name: true } } } },
      organisation: true,
    },
  });
  if (!account) throw notFound('账号');
  const permissions = new Set<Permission>();
  for (const a of account.roles)
    for (const p of a.role.permissions) permissions.add(p as Permission);
  const { lawyer, organisation } = account;
  return {
    id: account.id,
    kind: account.kind,
    displayName: account.displayName,
    login:
      account.username ??
      lawyer?.licenceNo ??
      lawyer?.memberNo ??
      organisation?.licenceNo ??
      organisation?.memberNo ??
      '',
    mustChangePassword: account.mustChangePassword,
    email: account.email,
    postcode: account.postcode,
    mobile: account.mobile,
    bio: account.bio,
    hasAvatar: account.avatarKey !== null,
    roles: account.roles.map((r) => r.roleCode as StaffRoleCode),
    permissions: [...permissions],
    lawyer: lawyer
      ? {
          id: lawyer.id,
          licenceNo: lawyer.licenceNo,
          memberNo: lawyer.memberNo,
          practiceCategory: lawyer.practiceCategory,
          organisationRole: lawyer.organisationRole,
          organisationName: lawyer.organisation.name,
        }
      : null,
    organisation: organisation
      ? {
          id: organisation.id,
          kind: organisation.kind,
          licenceNo: organisation.licenceNo,
          memberNo: organisation.memberNo,
        }
      : null,
  };
}
