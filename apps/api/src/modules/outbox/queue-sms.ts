import type { Prisma } from '../../generated/prisma/client.ts';
import { enqueueJob } from './enqueue-job.ts';

type Tx = Pick<Prisma.TransactionClient, 'job' | 'smsMessage'>;

/** Records an SMS in the outbox and queues its delivery, in the caller's transaction. */
export async function queueSms(
  tx: Tx,
  sms: { mobile: string; purpose: string; content: string; accountId?: string },
): Promise<string> {
  const message = await tx.smsMessage.create({
    data: {
      mobile: sms.mobile,
      purpose: sms.purpose,
      content: sms.content,
      accountId: sms.accountId ?? null,
    },
  });
  await enqueueJob(tx, {
    kind: 'sms.send',
    payload: { smsId: message.id },
    idempotencyKey: `sms:${message.id}`,
  });
  return message.id;
}
