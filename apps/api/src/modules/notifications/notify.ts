import type { Prisma } from '../../generated/prisma/client.ts';

type Tx = Pick<Prisma.TransactionClient, 'notification'>;

/** An in-app notification, written in the transaction of the change it reports. */
export async function notify(
  tx: Tx,
  notification: { accountId: string; title: string; body: string; link?: string },
): Promise<void> {
  await tx.notification.create({ data: { ...notification, link: notification.link ?? null } });
}
