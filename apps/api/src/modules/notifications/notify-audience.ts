import type { AwaitedResult } from '@lx/shared/awaited-results';
import { Prisma } from '../../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

export type AudienceNotice = {
  title: string;
  body: string;
  link: string;
  sms: string;
  purpose: string;
  /** An awaited result (SPEC §2.11): SMS and e-mail follow each account's choices, and an
   * e-mail goes where the account has an address. Without it: in-app and SMS, as before. */
  kind?: AwaitedResult;
};

/** The e-mail of a notice: its body and where to find it. */
export const mailText = (notice: Pick<AudienceNotice, 'body'>) =>
  `${notice.body}\n\n请登录律协会员服务平台查看详情。\n（本邮件由系统自动发送，请勿直接回复。可在“账号设置 → 消息提醒”中选择接收哪些邮件。）`;

/**
 * Tells an audience something, in-app, by SMS and (for an awaited result) by e-mail through the
 * outbox, in the caller's transaction: set-based statements however many people it is (an event
 * of 3,000 cancelled, a document's 30,000 unread recipients). `audience` is a SELECT of the
 * columns "accountId" and mobile (the SMS goes where mobile is not null); `purpose` names the
 * messages in the outbox lists.
 */
export async function notifyAudience(
  tx: Db,
  audience: Prisma.Sql,
  notice: AudienceNotice,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Notification" (id, "accountId", title, body, link)
    SELECT gen_random_uuid(), x."accountId", ${notice.title}, ${notice.body}, ${notice.link}
    FROM (${audience}) x`;
  const smsWanted = notice.kind
    ? Prisma.sql`AND NOT (${notice.kind} = ANY(coalesce(a."smsOff", '{}')))`
    : Prisma.empty;
  await tx.$executeRaw`
    WITH sms AS (
      INSERT INTO "SmsMessage" (id, mobile, purpose, content, "accountId")
      SELECT gen_random_uuid(), x.mobile, ${notice.purpose}, ${notice.sms}, x."accountId"
      FROM (${audience}) x JOIN "Account" a ON a.id = x."accountId"
      WHERE x.mobile IS NOT NULL ${smsWanted}
      RETURNING id
    )
    INSERT INTO "Job" (id, kind, payload, "idempotencyKey")
    SELECT gen_random_uuid(), 'sms.send', jsonb_build_object('smsId', sms.id::text),
      'sms:' || sms.id::text
    FROM sms`;
  if (!notice.kind) return;
  await tx.$executeRaw`
    WITH mail AS (
      INSERT INTO "MailMessage" (id, "to", subject, text, attachments, purpose, "accountId")
      SELECT gen_random_uuid(), a.email, ${notice.title}, ${mailText(notice)}, '[]'::jsonb,
        ${notice.purpose}, a.id
      FROM (SELECT DISTINCT x."accountId" FROM (${audience}) x) x
        JOIN "Account" a ON a.id = x."accountId"
      WHERE a.email IS NOT NULL AND a.email <> ''
        AND NOT (${notice.kind} = ANY(coalesce(a."emailOff", '{}')))
      RETURNING id
    )
    INSERT INTO "Job" (id, kind, payload, "idempotencyKey")
    SELECT gen_random_uuid(), 'mail.send', jsonb_build_object('mailId', mail.id::text),
      'mail:' || mail.id::text
    FROM mail`;
}
