import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

type Db = Pick<PrismaClient, '$executeRaw'>;

/**
 * Tells the registrants of these registrations something, in-app and by SMS through the outbox,
 * in the caller's transaction: three set-based statements however many people it concerns (an
 * event of 3,000 cancelled is not 9,000 round trips). The SMS goes to the mobile given on the
 * registration form; `purpose` names it in the outbox list (活动通知, 候补通知…).
 */
export async function notifyRegistrants(
  tx: Db,
  notice: {
    registrationIds: readonly string[];
    title: string;
    body: string;
    link: string;
    sms: string;
    purpose: string;
  },
): Promise<void> {
  if (notice.registrationIds.length === 0) return;
  const ids = Prisma.sql`ARRAY[${Prisma.join(notice.registrationIds.map((id) => Prisma.sql`${id}::uuid`))}]`;
  await tx.$executeRaw`
    INSERT INTO "Notification" (id, "accountId", title, body, link)
    SELECT gen_random_uuid(), r."accountId", ${notice.title}, ${notice.body}, ${notice.link}
    FROM "EventRegistration" r WHERE r.id = ANY(${ids})`;
  await tx.$executeRaw`
    WITH sms AS (
      INSERT INTO "SmsMessage" (id, mobile, purpose, content, "accountId")
      SELECT gen_random_uuid(), r.mobile, ${notice.purpose}, ${notice.sms}, r."accountId"
      FROM "EventRegistration" r WHERE r.id = ANY(${ids})
      RETURNING id
    )
    INSERT INTO "Job" (id, kind, payload, "idempotencyKey")
    SELECT gen_random_uuid(), 'sms.send', jsonb_build_object('smsId', sms.id::text), 'sms:' || sms.id::text
    FROM sms`;
}
