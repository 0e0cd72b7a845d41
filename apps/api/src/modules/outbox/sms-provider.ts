import type { PrismaClient } from '../../generated/prisma/client.ts';

/** Sends one SMS. A real gateway implements this; it throws to have the job retried. */
export type SmsProvider = {
  name: string;
  send(message: { id: string; mobile: string; content: string }): Promise<void>;
};

/**
 * The built-in provider: the message stays in the outbox table, marked sent, and the admin
 * console shows it (短信发件箱) — what a demo or an association without a gateway needs.
 */
export function outboxSmsProvider(): SmsProvider {
  return { name: 'outbox', async send() {} };
}

export async function deliverSms(
  prisma: PrismaClient,
  provider: SmsProvider,
  smsId: string,
): Promise<void> {
  const message = await prisma.smsMessage.findUnique({ where: { id: smsId } });
  if (!message || message.sentAt) return; // already delivered: a replayed job sends nothing
  await provider.send({ id: message.id, mobile: message.mobile, content: message.content });
  await prisma.smsMessage.updateMany({
    where: { id: smsId, sentAt: null },
    data: { sentAt: new Date(), provider: provider.name },
  });
}
