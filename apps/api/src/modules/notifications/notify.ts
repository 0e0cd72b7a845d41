import { Prisma } from '../../generated/prisma/client.ts';
import { notifyAudience } from './notify-audience.ts';
import type { ResultNotice } from './result-notices.ts';

type Tx = Pick<Prisma.TransactionClient, 'notification'>;

/** An in-app notification, written in the transaction of the change it reports. */
export async function notify(
  tx: Tx,
  notification: { accountId: string; title: string; body: string; link?: string },
): Promise<void> {
  await tx.notification.create({ data: { ...notification, link: notification.link ?? null } });
}

/**
 * An awaited result for one account (result-notices.ts): in-app, and by SMS and e-mail through
 * the outbox as the account chose, in the transaction of the change. Sending happens after the
 * commit and is retried by the outbox: a failing provider never fails the action.
 */
export async function notifyResult(
  tx: Pick<Prisma.TransactionClient, '$executeRaw'>,
  accountId: string,
  notice: ResultNotice,
): Promise<void> {
  await notifyAudience(
    tx,
    Prisma.sql`SELECT a.id AS "accountId", a.mobile FROM "Account" a WHERE a.id = ${accountId}::uuid`,
    notice,
  );
}
