import {
  AWAITED_RESULTS,
  optOuts,
  type NotificationPreferences,
  type NotificationSettings,
} from '@lx/shared/awaited-results';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { notFound } from '../../lib/domain-error.ts';

const on = (off: string[]) => AWAITED_RESULTS.filter((kind) => !off.includes(kind));

/** 消息提醒: which awaited results reach this member by SMS and by e-mail, and where. */
export async function getNotificationSettings(
  prisma: PrismaClient,
  accountId: string,
): Promise<NotificationSettings> {
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    select: { mobile: true, email: true, smsOff: true, emailOff: true },
  });
  if (!account) throw notFound('账号');
  return {
    sms: on(account.smsOff),
    email: on(account.emailOff),
    mobile: account.mobile,
    emailAddress: account.email,
  };
}

/** Keeps the member's choices (as opt-outs, so a result added later reaches everyone), audited. */
export async function setNotificationPreferences(
  prisma: PrismaClient,
  accountId: string,
  input: NotificationPreferences,
  actor: Actor,
): Promise<NotificationSettings> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.account.findUniqueOrThrow({
      where: { id: accountId },
      select: { smsOff: true, emailOff: true },
    });
    const after = { smsOff: optOuts(input.sms), emailOff: optOuts(input.email) };
    await tx.account.update({ where: { id: accountId }, data: after });
    await recordAudit(tx, actor, {
      action: 'account.notification-preferences',
      entityType: 'Account',
      entityId: accountId,
      before,
      after,
    });
  });
  return getNotificationSettings(prisma, accountId);
}
