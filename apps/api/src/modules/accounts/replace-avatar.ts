import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';

/** Stores the new avatar, points the account at it, then removes the old file. */
export async function replaceAvatar(options: {
  prisma: PrismaClient;
  storage: Storage;
  accountId: string;
  file: FormFile;
  actor: Actor;
}): Promise<void> {
  const { prisma, storage, accountId, actor, file } = options;
  const key = `avatars/${accountId}/${randomUUID()}.${file.type === 'image/png' ? 'png' : 'jpg'}`;
  await storage.putStaged(key, file.path, file.type);
  let previous: string | null = null;
  try {
    await prisma.$transaction(async (tx) => {
      const account = await tx.account.findUniqueOrThrow({
        where: { id: accountId },
        select: { avatarKey: true },
      });
      previous = account.avatarKey;
      await tx.account.update({ where: { id: accountId }, data: { avatarKey: key } });
      await recordAudit(tx, actor, {
        action: 'account.avatar-updated',
        entityType: 'Account',
        entityId: accountId,
        before: { avatarKey: previous },
        after: { avatarKey: key },
      });
    });
  } catch (error) {
    await storage.delete(key); // the database did not take it: leave no orphan file
    throw error;
  }
  if (previous) await storage.delete(previous);
}
