import type { Prisma } from '../../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * Tells an audience something, in-app and by SMS through the outbox, in the caller's
 * transaction: two set-based statements however many people it is (an event of 3,000 cancelled,
 * a document's 30,000 unread recipients). `audience` is a SELECT of the columns "accountId" and
 * mobile (the SMS goes where mobile is not null); `purpose` names the SMS in the outbox list.
 */
export async function notifyAudience(
  tx: Db,
  audience: Prisma.Sql,
  notice: { title: string; body: string; link: string; sms: string; purpose: string },
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Notification" (id, "accountId", title, body, link)
    SELECT gen_random_uuid(), x."accountId", ${notice.title}, ${notice.body}, ${notice.link}
    FROM (${audience}) x`;
  await tx.$executeRaw`
    WITH sms AS (
      INSERT INTO "SmsMessage" (id, mobile, purpose, content, "accountId")
      SELECT gen_random_uuid(), x.mobile, ${notice.purpose}, ${notice.sms}, x."accountId"
      FROM (${audience}) x WHERE x.mobile IS NOT NULL
      RETURNING id
    )
    INSERT INTO "Job" (id, kind, payload, "idempotencyKey")
    SELECT gen_random_uuid(), 'sms.send', jsonb_build_object('smsId', sms.id::text),
      'sms:' || sms.id::text
    FROM sms`;
}
