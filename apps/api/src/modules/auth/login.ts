import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, type LoginInput } from '@lx/shared/auth-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { dummyPasswordHash, verifyPassword } from '../../lib/passwords.ts';
import { findAccountIdByLogin } from './find-account-by-login.ts';
import { createSession } from './session-store.ts';

const WRONG = '账号或密码错误';

function lockedMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `密码连续输错 ${LOCKOUT_THRESHOLD} 次，账号已锁定，请 ${minutes} 分钟后再试，或通过“忘记密码”重置`;
}

export async function login(options: {
  prisma: PrismaClient;
  input: LoginInput;
  actor: Actor;
  sessionTtlMs: number;
  userAgent?: string | undefined;
}): Promise<{ accountId: string; token: string; expiresAt: Date }> {
  const { prisma, input, actor } = options;
  const accountId = await findAccountIdByLogin(prisma, input.login);
  const account = accountId ? await prisma.account.findUnique({ where: { id: accountId } }) : null;
  if (!account || account.disabled) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new DomainError('UNAUTHENTICATED', WRONG);
  }
  if (account.lockedUntil && account.lockedUntil > new Date()) {
    throw new DomainError('LOCKED', lockedMessage(account.lockedUntil));
  }
  const wrongPortal = (input.portal === 'admin') !== (account.kind === 'STAFF');
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    // Count atomically: concurrent wrong guesses each count, and the 5th locks the account.
    const [updated] = await prisma.$queryRaw<{ failedLoginCount: number }[]>`
      UPDATE "Account" SET "failedLoginCount" = "failedLoginCount" + 1 WHERE id = ${account.id}::uuid
      RETURNING "failedLoginCount"`;
    const failures = updated?.failedLoginCount ?? 0;
    if (failures >= LOCKOUT_THRESHOLD) {
      const until = new Date(Date.now() + LOCKOUT_MINUTES * 60_000);
      await prisma.$transaction(async (tx) => {
        await tx.account.update({
          where: { id: account.id },
          data: { lockedUntil: until, failedLoginCount: 0 },
        });
        await recordAudit(tx, actor, {
          action: 'auth.locked',
          entityType: 'Account',
          entityId: account.id,
          after: { lockedUntil: until },
        });
      });
      throw new DomainError('LOCKED', lockedMessage(until));
    }
    const left = LOCKOUT_THRESHOLD - failures;
    throw new DomainError(
      'UNAUTHENTICATED',
      `${WRONG}，再输错 ${left} 次账号将被锁定 ${LOCKOUT_MINUTES} 分钟`,
    );
  }
  if (wrongPortal) {
    throw new DomainError(
      'FORBIDDEN',
      account.kind === 'STAFF'
        ? '工作人员请从管理后台（/admin）登录'
        : '该账号不是协会工作人员账号，请从会员登录页登录',
    );
  }
  return prisma.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: account.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() },
    });
    const session = await createSession(tx, {
      accountId: account.id,
      ttlMs: options.sessionTtlMs,
      ip: actor.ip,
      userAgent: options.userAgent,
    });
    await recordAudit(
      tx,
      { ...actor, accountId: account.id, name: account.displayName },
      {
        action: 'auth.login',
        entityType: 'Account',
        entityId: account.id,
        after: { sessionId: session.sessionId, portal: input.portal },
      },
    );
    return { accountId: account.id, token: session.token, expiresAt: session.expiresAt };
  });
}
