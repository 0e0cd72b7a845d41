import type { CreateStaffInput, StaffAccount, UpdateStaffInput } from '@lx/shared/staff-schemas';
import type { StaffRoleCode } from '@lx/shared/permissions';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { DomainError, invalid, notFound } from '../../lib/domain-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { revokeSessions } from '../auth/session-store.ts';

const include = { roles: true } as const;
type Row = Prisma.AccountGetPayload<{ include: typeof include }>;

export function toStaffAccount(row: Row): StaffAccount {
  return {
    id: row.id,
    username: row.username ?? '',
    displayName: row.displayName,
    roles: row.roles.map((r) => r.roleCode as StaffRoleCode),
    disabled: row.disabled,
    mustChangePassword: row.mustChangePassword,
    lockedUntil:
      row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createStaff(options: {
  prisma: PrismaClient;
  input: CreateStaffInput;
  actor: Actor;
}) {
  const { prisma, input, actor } = options;
  const passwordHash = await hashPassword(input.initialPassword);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.account.create({
        data: {
          kind: 'STAFF',
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          mustChangePassword: true,
          roles: { create: input.roles.map((roleCode) => ({ roleCode })) },
        },
        include,
      });
      await recordAudit(tx, actor, {
        action: 'staff.created',
        entityType: 'Account',
        entityId: row.id,
        after: { username: input.username, displayName: input.displayName, roles: input.roles },
      });
      return toStaffAccount(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw invalid('username', '该用户名已被使用');
    }
    throw error;
  }
}

export async function updateStaff(options: {
  prisma: PrismaClient;
  id: string;
  input: UpdateStaffInput;
  actor: Actor;
}) {
  const { prisma, id, input, actor } = options;
  if (id === actor.accountId && (input.disabled || !input.roles.includes('ADMINISTRATOR'))) {
    throw new DomainError('CONFLICT', '不能停用自己的账号或取消自己的管理员角色');
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.account.findFirst({ where: { id, kind: 'STAFF' }, include });
    if (!before) throw notFound('工作人员');
    await tx.staffRoleAssignment.deleteMany({ where: { accountId: id } });
    const row = await tx.account.update({
      where: { id },
      data: {
        displayName: input.displayName,
        disabled: input.disabled,
        version: { increment: 1 },
        roles: { create: input.roles.map((roleCode) => ({ roleCode })) },
      },
      include,
    });
    if (input.disabled) await revokeSessions(tx, id);
    const view = (r: Row) => ({
      displayName: r.displayName,
      disabled: r.disabled,
      roles: r.roles.map((x) => x.roleCode).sort(),
    });
    await recordAudit(tx, actor, {
      action: 'staff.updated',
      entityType: 'Account',
      entityId: id,
      ...changedFields(view(before), view(row)),
    });
    return toStaffAccount(row);
  });
}

export async function resetStaffPassword(options: {
  prisma: PrismaClient;
  id: string;
  initialPassword: string;
  actor: Actor;
}) {
  const { prisma, id, actor } = options;
  const passwordHash = await hashPassword(options.initialPassword);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: { id, kind: 'STAFF' },
      data: {
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw notFound('工作人员');
    await revokeSessions(tx, id);
    await recordAudit(tx, actor, {
      action: 'staff.password-reset',
      entityType: 'Account',
      entityId: id,
    });
  });
}
