import { initialPassword } from '@lx/shared/initial-password';
import {
  accountActionAllowed,
  accountStateOf,
  type AccountAction,
  type AccountActionResult,
} from '@lx/shared/member-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { revokeSessions } from '../auth/session-store.ts';
import { queueSms } from '../outbox/queue-sms.ts';

const REFUSED: Record<AccountAction, string> = {
  unlock: '该账号未被锁定，无需解锁',
  disable: '该账号已停用',
  enable: '该账号未停用，无需启用',
  'reset-password': '该律师尚无登录账号',
};

export const RESET_SMS =
  '【律协会员服务平台】您的登录密码已由协会重置为初始密码（身份证号后6位，字母小写），请登录后立即修改。';

/**
 * 解锁, 停用, 启用 and 重置密码 of a lawyer's account, each a guarded update on the version staff
 * saw (two staff at once: one wins, the other gets 409). Disabling and resetting end the
 * account's sessions; a reset sets the SPEC §1 initial password with a forced change and tells
 * the member by SMS through the outbox.
 */
export async function changeMemberAccount(options: {
  prisma: PrismaClient;
  lawyerId: string;
  action: AccountAction;
  reason: string;
  actor: Actor;
}): Promise<AccountActionResult> {
  const { prisma, lawyerId, action, reason, actor } = options;
  const lawyer = await prisma.lawyer.findUnique({
    where: { id: lawyerId },
    select: { idNo: true, account: true },
  });
  if (!lawyer) throw notFound('律师');
  const account = lawyer.account;
  const state = accountStateOf(account);
  if (!account || !accountActionAllowed(action, state)) {
    throw conflict(account ? REFUSED[action] : '该律师尚无登录账号');
  }
  const now = new Date();
  let data: Prisma.AccountUpdateManyMutationInput;
  if (action === 'unlock') data = { lockedUntil: null, failedLoginCount: 0 };
  else if (action === 'disable') data = { disabled: true };
  else if (action === 'enable') data = { disabled: false };
  else {
    data = {
      passwordHash: await hashPassword(initialPassword({ kind: 'LAWYER', idNo: lawyer.idNo })),
      mustChangePassword: true,
      passwordChangedAt: now,
      failedLoginCount: 0,
      lockedUntil: null,
    };
  }
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({
      where: { id: account.id, version: account.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw conflict('该账号的状态已被他人修改，请刷新后重试');
    if (action === 'disable' || action === 'reset-password') await revokeSessions(tx, account.id);
    let smsQueued = false;
    if (action === 'reset-password' && account.mobile) {
      await queueSms(tx, {
        mobile: account.mobile,
        purpose: '重置密码',
        content: RESET_SMS,
        accountId: account.id,
      });
      smsQueued = true;
    }
    const after = await tx.account.findUniqueOrThrow({ where: { id: account.id } });
    const afterState = accountStateOf(after, now);
    await recordAudit(tx, actor, {
      action: `member.account-${action}`,
      entityType: 'Account',
      entityId: account.id,
      before: { state, lockedUntil: account.lockedUntil, disabled: account.disabled },
      after: {
        state: afterState,
        lockedUntil: after.lockedUntil,
        disabled: after.disabled,
        reason,
        ...(action === 'reset-password' ? { smsQueued } : {}),
      },
    });
    return action === 'reset-password'
      ? { accountState: afterState, smsQueued }
      : { accountState: afterState };
  });
}
