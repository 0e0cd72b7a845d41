import { formatDate } from '@lx/shared/dates';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { notifyAudience } from '../notifications/notify-audience.ts';

const DAY = 24 * 3600_000;

/**
 * 阅读期限: the day before a published document's read-by date (Shanghai days), its unread
 * recipients get one reminder, in-app and by SMS through the outbox. Each document is claimed by
 * a conditional update of remindedAt, so several processes sweeping at once remind once; the
 * notices are set-based however many are unread. Returns how many documents were reminded.
 */
export async function remindUnreadRecipients(
  prisma: PrismaClient,
  now = new Date(),
): Promise<number> {
  const today = formatDate(now);
  const tomorrow = formatDate(new Date(now.getTime() + DAY));
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; title: string; readBy: Date }[]>`
      UPDATE "OfficialDocument" SET "remindedAt" = ${now}
      WHERE state = 'PUBLISHED' AND "remindedAt" IS NULL
        AND "readBy" BETWEEN ${today}::date AND ${tomorrow}::date
      RETURNING id, title, "readBy"`;
    for (const document of due) {
      const by = document.readBy.toISOString().slice(0, 10);
      const title = `公文阅读提醒：${document.title}`;
      const body = `公文“${document.title}”的阅读期限为 ${by}，您尚未阅读，请及时查阅。`;
      const sms = `【律师协会】公文“${document.title}”的阅读期限为${by}，您尚未阅读，请及时登录查阅。`;
      await notifyAudience(
        tx,
        Prisma.sql`
          SELECT r."accountId", a.mobile
          FROM "DocumentRecipient" r JOIN "Account" a ON a.id = r."accountId"
          WHERE r."documentId" = ${document.id}::uuid AND r."readAt" IS NULL`,
        { title, body, link: `/documents/${document.id}`, sms, purpose: '公文阅读提醒' },
      );
    }
    return due.length;
  });
}
