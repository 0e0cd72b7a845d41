import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD, type LoginInput } from '@lx/shared/auth-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { accountPasswordMatches } from './account-password.ts';
import { findAccountIdByLogin } from './find-account-by-login.ts';
import {
  lockIfExhausted,
  pruneLoginThrottle,
  releaseAttempt,
  reserveAttempt,
  throttleLogin,
  type ThrottleTarget,
} from './login-throttle.ts';
import { createSession } from './session-store.ts';

const WRONG = '账号或密码错误';

function lockedError(until: Date): DomainError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new DomainError(
    'LOCKED',
    `密码连续输错 ${LOCKOUT_THRESHOLD} 次，账号已锁定，请 ${minutes} 分钟后再试，或通过“忘记密码”重置`,
  );
}

/** Locks the target if its checks are used up; audits the lock of an account once. */
async function lockIfDue(prisma: PrismaClient, target: ThrottleTarget, actor: Actor) {
  if (target.kind === 'login') return (await lockIfExhausted(prisma, target)).lockedUntil;
  return prisma.$transaction(async (tx) => {
    const { lockedUntil, lockedNow } = await lockIfExhausted(tx, target);
    if (lockedNow) {
      await recordAudit(tx, actor, {
        action: 'auth.locked',
        entityType: 'Account',
        entityId: target.id,
        after: { lockedUntil },
      });
    }
    return lockedUntil;
  });
}

/**
 * One password check for the target, or LOCKED. A refusal while the count is used up but no lock is
 * set (the last checks are still running, or their process died) locks at once: a burst cannot
 * wait for the outcome of its first checks, and the count cannot stay used up without a lock that
 * ends.
 */
async function reserveCheck(prisma: PrismaClient, target: ThrottleTarget, actor: Actor) {
  for (let round = 0; round < 3; round++) {
    const count = await reserveAttempt(prisma, target);
    if (count !== null) {
      if (target.kind === 'login' && count === 1) await pruneLoginThrottle(prisma);
      return;
    }
    const lockedUntil = await lockIfDue(prisma, target, actor);
    if (lockedUntil) throw lockedError(lockedUntil);
    // A sign-in reset the count between the two statements: try again.
  }
  throw lockedError(new Date(Date.now() + LOCKOUT_MINUTES * 60_000));
}

/** The reservation stays as the counted failure; the one that uses up the count locks. */
async function failCheck(
  prisma: PrismaClient,
  target: ThrottleTarget,
  actor: Actor,
): Promise<never> {
  if (target.kind === 'account') {
    await recordAudit(prisma, actor, {
      action: 'auth.login-failed',
      entityType: 'Account',
      entityId: target.id,
    });
  }
  const lockedUntil = await lockIfDue(prisma, target, actor);
  // Every wrong password gets the same answer, for an account and an unknown login alike: no
  // "N tries left", which would tell that the account exists (docs/decisions/004).
  throw lockedUntil ? lockedError(lockedUntil) : new DomainError('UNAUTHENTICATED', WRONG);
}

async function lockedNowError(prisma: PrismaClient, accountId: string): Promise<DomainError> {
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    select: { lockedUntil: true },
  });
  return lockedError(account?.lockedUntil ?? new Date(Date.now() + LOCKOUT_MINUTES * 60_000));
}

/**
 * At most LOCKOUT_THRESHOLD wrong passwords are checked per account before it locks for
 * LOCKOUT_MINUTES, however many requests arrive at once, and nobody signs in while it is locked:
 * each check is reserved before argon2 runs, and the sign-in is recorded by a statement that
 * re-checks the lock. A login that matches no enabled account goes through the same steps (a
 * dummy hash, a counter of its own), so the answers and the work are the same for both.
 */
export async function login(options: {
  prisma: PrismaClient;
  input: LoginInput;
  actor: Actor;
  sessionTtlMs: number;
  userAgent?: string | undefined;
}): Promise<{ accountId: string; token: string; expiresAt: Date }> {
  const { prisma, input, actor } = options;
  const accountId = await findAccountIdByLogin(prisma, input.login);
  const found = accountId ? await prisma.account.findUnique({ where: { id: accountId } }) : null;
  const account = found && !found.disabled ? found : null;
  // The lock-out must be told (the right password stops working for 15 minutes), and anyone can
  // trigger it with five wrong passwords: told only for real accounts, it would list them. So an
  // unknown login is counted and locked the same way, under a counter of its own.
  const target: ThrottleTarget = account
    ? { kind: 'account', id: account.id }
    : throttleLogin(input.login);

  await reserveCheck(prisma, target, actor);
  const passwordMatches = await accountPasswordMatches(prisma, account, input.password);
  if (!account || !passwordMatches) return failCheck(prisma, target, actor);

  if ((input.portal === 'admin') !== (account.kind === 'STAFF')) {
    // The right password at the wrong door: neither a failure nor a sign-in. Said only when not
    // locked, or the answer would tell a locked account's password apart from a wrong one.
    if (!(await releaseAttempt(prisma, target))) throw await lockedNowError(prisma, account.id);
    throw new DomainError(
      'FORBIDDEN',
      account.kind === 'STAFF'
        ? '工作人员请从管理后台（/admin）登录'
        : '该账号不是协会工作人员账号，请从会员登录页登录',
    );
  }
  const now = new Date();
  const signedIn = await prisma.$transaction(async (tx) => {
    // The lock is checked in the statement that records the sign-in: a check that started before
    // a concurrent burst locked the account does not sign in after it.
    const { count } = await tx.account.updateMany({
      where: { id: account.id, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    if (count === 0) return null;
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
  if (!signedIn) throw await lockedNowError(prisma, account.id);
  return signedIn;
}
