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
import { queueSms } from '../outbox/queue-sms.ts';
import { SAME_AS_INITIAL } from './change-password.ts';
import { findAccountIdByLogin } from './find-account-by-login.ts';
import { initialPasswordOf } from './initial-password-of.ts';
import { revokeSessions } from './session-store.ts';

// The answer never says whether the account exists or has a mobile number.
export const RESET_REQUESTED_MESSAGE = `如账号存在且已登记手机号，验证码已发送至该手机（${RESET_CODE_TTL_MINUTES} 分钟内有效）`;
const RESEND_INTERVAL_MS = 60_000;

const maskMobile = (m: string) => `${m.slice(0, 3)}****${m.slice(-4)}`;

export async function requestPasswordReset(options: {
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
    const recent = await tx.passwordResetCode.findFirst({
      where: { accountId, createdAt: { gt: new Date(Date.now() - RESEND_INTERVAL_MS) } },
    });
    if (recent) return; // one code a minute per account: no SMS flooding through this form
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
  const latest = accountId
    ? await prisma.passwordResetCode.findFirst({
        where: { accountId },
        orderBy: { createdAt: 'desc' },
      })
    : null;
  if (!accountId || !latest) throw invalid('code', '验证码不正确，请重新获取');
  if (latest.usedAt) throw invalid('code', '验证码已使用或已失效，请重新获取');
  if (latest.expiresAt <= new Date()) throw invalid('code', '验证码已过期，请重新获取');
  if (latest.attempts >= RESET_CODE_MAX_ATTEMPTS)
    throw invalid('code', '验证码错误次数过多，请重新获取');
  if (!safeEqual(latest.codeHash, sha256(input.code))) {
    await prisma.passwordResetCode.update({
      where: { id: latest.id },
      data: { attempts: { increment: 1 } },
    });
    throw invalid('code', '验证码不正确');
  }
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
