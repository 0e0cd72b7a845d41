import { randomUUID } from 'node:crypto';
import {
  RESET_CODE_MAX_ATTEMPTS,
  RESET_CODE_TTL_MINUTES,
  type PasswordResetConfirmInput,
} from '@lx/shared/auth-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { invalid } from '../../lib/domain-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { safeEqual, sha256, sixDigitCode } from '../../lib/tokens.ts';
import { enqueueJob } from '../outbox/enqueue-job.ts';
import { queueSms } from '../outbox/queue-sms.ts';
import { SAME_AS_INITIAL } from './change-password.ts';
import { findAccountIdByLogin } from './find-account-by-login.ts';
import { initialPasswordOf } from './initial-password-of.ts';
import { revokeSessions } from './session-store.ts';

// The answer never says whether the account exists or has a mobile number.
export const RESET_REQUESTED_MESSAGE = `如账号存在且已登记手机号，验证码已发送至该手机（${RESET_CODE_TTL_MINUTES} 分钟内有效）`;
const RESEND_INTERVAL_MS = 60_000;
const WRONG_CODE = '验证码不正确';
const NO_ROW = '00000000-0000-0000-0000-000000000000';

const maskMobile = (m: string) => `${m.slice(0, 3)}****${m.slice(-4)}`;

export const PASSWORD_RESET_JOB = 'auth.password-reset';

/**
 * The request only queues the work, the same one insert whether the account exists or not, so
 * neither the answer nor its timing tells (docs/decisions/004). The worker looks the account up
 * and sends the code within a second or so.
 */
export async function requestPasswordReset(options: {
  prisma: PrismaClient;
  login: string;
  actor: Actor;
}): Promise<void> {
  const { requestId = null, ip = null } = options.actor;
  await enqueueJob(options.prisma, {
    kind: PASSWORD_RESET_JOB,
    payload: { login: options.login, requestId, ip },
    idempotencyKey: `password-reset:${randomUUID()}`,
    maxAttempts: 3,
  });
}

/** The worker's half of a reset request: a code by SMS if the account exists and has a mobile. */
export async function sendPasswordResetCode(options: {
  prisma: PrismaClient;
  login: string;
  actor: Actor;
}): Promise<void> {
  const { prisma, actor } = options;
  const accountId = await findAccountIdByLogin(prisma, options.login);
  if (!accountId) return;
  const account = await prisma.account.findUnique({ where: { id: accountId } });
  if (!account?.mobile || account.disabled) return;
  const mobile = account.mobile;
  const code = sixDigitCode();
  await prisma.$transaction(async (tx) => {
    // One code a minute per account: no SMS flooding through this form. Taken in one statement
    // that only one of several simultaneous requests (on any process) can win: the others wait
    // for the winner's row and then find its minute running. A rollback gives the minute back.
    const [turn] = await tx.$queryRaw<{ hits: number }[]>`
      INSERT INTO "RateLimitCounter" AS c (key, hits, "windowEndsAt")
      VALUES (${`password-reset-sms:${accountId}`}, 1,
              now() + ${RESEND_INTERVAL_MS} * interval '1 millisecond')
      ON CONFLICT (key) DO UPDATE SET hits = 1, "windowEndsAt" = excluded."windowEndsAt"
        WHERE c."windowEndsAt" <= now()
      RETURNING c.hits`;
    if (!turn) return;
    // Only the newest code is valid.
    await tx.passwordResetCode.updateMany({
      where: { accountId, usedAt: null },
      data: { usedAt: new Date() },
    });
    await tx.passwordResetCode.create({
      data: {
        accountId,
        codeHash: sha256(code),
        expiresAt: new Date(Date.now() + RESET_CODE_TTL_MINUTES * 60_000),
      },
    });
    await queueSms(tx, {
      mobile,
      purpose: '重置密码',
      content: `【律协会员服务平台】您正在重置登录密码，验证码 ${code}，${RESET_CODE_TTL_MINUTES} 分钟内有效。如非本人操作请忽略。`,
      accountId,
    });
    await recordAudit(tx, actor, {
      action: 'auth.password-reset-requested',
      entityType: 'Account',
      entityId: accountId,
      after: { mobile: maskMobile(mobile) },
    });
  });
}

export async function confirmPasswordReset(options: {
  prisma: PrismaClient;
  input: PasswordResetConfirmInput;
  actor: Actor;
}): Promise<void> {
  const { prisma, input, actor } = options;
  const accountId = await findAccountIdByLogin(prisma, input.login);
  // The same statements whether the account exists, has a code or not (NO_ROW matches nothing).
  const latest = await prisma.passwordResetCode.findFirst({
    where: { accountId: accountId ?? NO_ROW },
    orderBy: { createdAt: 'desc' },
  });
  if (!accountId || !latest || !safeEqual(latest.codeHash, sha256(input.code))) {
    await prisma.passwordResetCode.updateMany({
      where: { id: latest?.id ?? NO_ROW },
      data: { attempts: { increment: 1 } },
    });
    // One answer for every code that does not match: an unknown account, one without a code, and
    // a used, expired or exhausted code all look alike to whoever does not hold the right code.
    throw invalid('code', WRONG_CODE);
  }
  // Only the holder of the right code learns why it no longer works.
  if (latest.usedAt) throw invalid('code', '验证码已使用或已失效，请重新获取');
  if (latest.expiresAt <= new Date()) throw invalid('code', '验证码已过期，请重新获取');
  if (latest.attempts >= RESET_CODE_MAX_ATTEMPTS)
    throw invalid('code', '验证码错误次数过多，请重新获取');
  if (input.newPassword === (await initialPasswordOf(prisma, accountId))) {
    throw invalid('newPassword', SAME_AS_INITIAL);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // Using the code is the guarded step: of two confirmations at once, one finds it already used.
    const { count } = await tx.passwordResetCode.updateMany({
      where: { id: latest.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 0) throw invalid('code', '验证码已使用或已失效，请重新获取');
    await tx.account.update({
      where: { id: accountId },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        failedLoginCount: 0,
        lockedUntil: null,
        version: { increment: 1 },
      },
    });
    await revokeSessions(tx, accountId);
    await recordAudit(
      tx,
      { ...actor, accountId },
      { action: 'auth.password-reset', entityType: 'Account', entityId: accountId },
    );
  });
}
