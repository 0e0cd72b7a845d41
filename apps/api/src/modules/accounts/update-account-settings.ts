import type { AccountSettingsInput } from '@lx/shared/account-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { notFound } from '../../lib/domain-error.ts';
import { recordAccountContactChange } from '../profile/basic-info.ts';

export async function updateAccountSettings(options: {
  prisma: PrismaClient;
  accountId: string;
  input: AccountSettingsInput;
  actor: Actor;
}): Promise<void> {
  const { prisma, accountId, input, actor } = options;
  await prisma.$transaction(async (tx) => {
    const before = await tx.account.findUnique({
      where: { id: accountId },
      select: { email: true, postcode: true, mobile: true, bio: true },
    });
    if (!before) throw notFound('账号');
    const after = {
      email: input.email ?? null,
      postcode: input.postcode ?? null,
      mobile: input.mobile ?? null,
      bio: input.bio ?? null,
    };
    await tx.account.update({
      where: { id: accountId },
      data: { ...after, version: { increment: 1 } },
    });
    await recordAccountContactChange(tx, { accountId, before, after, actor });
    await recordAudit(tx, actor, {
      action: 'account.settings-updated',
      entityType: 'Account',
      entityId: accountId,
      ...changedFields(before, after),
    });
  });
}
