import type { ChangePasswordInput } from '@lx/shared/auth-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, invalid, notFound } from '../../lib/domain-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { accountPasswordMatches } from './account-password.ts';
import { initialPasswordOf } from './initial-password-of.ts';
import { createSession, revokeSessions } from './session-store.ts';

export const SAME_AS_INITIAL = '新密码不能与初始密码相同';

/** Changes the password, ends every session of the account and opens a fresh one for this client. */
export async function changePassword(options: {
  prisma: PrismaClient;
  accountId: string;
  input: ChangePasswordInput;
  actor: Actor;
  sessionTtlMs: number;
  userAgent?: string | undefined;
}): Promise<{ token: string; expiresAt: Date }> {
  const { prisma, accountId, input, actor } = options;
  const account = await prisma.account.findUnique({ where: { id: accountId } });
  if (!account) throw notFound('账号');
  if (!(await accountPasswordMatches(prisma, account, input.oldPassword))) {
    throw invalid('oldPassword', '旧密码不正确');
  }
  if (input.newPassword === (await initialPasswordOf(prisma, accountId))) {
    throw invalid('newPassword', SAME_AS_INITIAL);
  }
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    // Conditional on the version read above: two changes at once cannot both succeed.
    const { count } = await tx.account.updateMany({
      where: { id: accountId, version: account.version },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict('密码刚刚已被修改，请重新登录后再试');
    await revokeSessions(tx, accountId);
    const session = await createSession(tx, {
      accountId,
      ttlMs: options.sessionTtlMs,
      ip: actor.ip,
      userAgent: options.userAgent,
    });
    await recordAudit(tx, actor, {
      action: 'auth.password-changed',
      entityType: 'Account',
      entityId: accountId,
      before: { mustChangePassword: account.mustChangePassword },
      after: { mustChangePassword: false },
    });
    return session;
  });
}
