import type { Notification } from '@lx/shared/notification-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { countRows, directSql, sqlFragment } from '../../db/direct-sql.ts';
import { findPage } from '../../lib/find-page.ts';

type NotificationRow = Omit<Notification, 'readAt' | 'createdAt'> & {
  readAt: Date | null;
  createdAt: Date;
};

/**
 * An account's own messages, newest first, optionally only the unread ones: the page and its
 * total, two statements on the direct lane in parallel (the account's rows by the
 * `("accountId", "readAt")` index).
 */
export async function findNotificationPage(
  prisma: PrismaClient,
  accountId: string,
  query: PageQuery & { unread?: 'true' | 'false' },
): Promise<{ items: Notification[]; total: number; page: number; pageSize: number }> {
  const sql = directSql(prisma);
  const where = sqlFragment`"accountId" = ${accountId}::uuid
    AND (NOT ${query.unread === 'true'}::boolean OR "readAt" IS NULL)`;
  const { rows, total } = await findPage(query, {
    find: ({ skip, take }) => sql<NotificationRow>`
      SELECT id::text AS id, title, body, link, "readAt", "createdAt" FROM "Notification"
      WHERE ${where}
      ORDER BY "createdAt" DESC, id DESC
      LIMIT ${take} OFFSET ${skip}`,
    count: () => countRows(sql, sqlFragment`"Notification" WHERE ${where}`),
  });
  const items = rows.map((n) => ({
    ...n,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
