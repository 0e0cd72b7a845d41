import type { Home } from '@lx/shared/home-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, sqlFragment, sqlList } from '../../db/direct-sql.ts';
import type { SessionContext } from '../auth/session-store.ts';
import { readsOf, type WorkItemSource } from './work-items.ts';

type HomeRow = {
  unread: number;
  announcements: { id: string; title: string; pinned: boolean; publishedAt: string }[];
  association: { name: string; supportPhone: string; supportEmail: string } | null;
  sources: unknown[];
};

/**
 * The home page: the account's work items, the latest announcements and whom to call, in one
 * statement on the direct lane. What the page itself shows — the unread notifications (counted
 * once: the notifications' work item says it too), the 6 latest published announcements (pinned
 * first) and the association — and beside it what each work-item source that concerns the account
 * reads, in the sources' order.
 */
export async function getHomePage(options: {
  prisma: PrismaClient;
  auth: SessionContext;
  workItemSources: readonly WorkItemSource[];
}): Promise<Home> {
  const { prisma, auth, workItemSources } = options;
  const ctx = { auth, now: new Date() };
  const reads = readsOf(workItemSources, ctx);
  const sourceReads = reads.flatMap(({ read }) => (read ? [sqlFragment`(${read})`] : []));
  const [row] = await directSql(prisma)<HomeRow>`
    SELECT
      (SELECT count(*)::int FROM "Notification"
        WHERE "accountId" = ${auth.accountId}::uuid AND "readAt" IS NULL) AS unread,
      (SELECT coalesce(json_agg(x ORDER BY x.pinned DESC, x."publishedAt" DESC), '[]') FROM (
        SELECT id, title, pinned, "publishedAt" FROM "Announcement" WHERE state = 'PUBLISHED'
        ORDER BY pinned DESC, "publishedAt" DESC LIMIT 6) x) AS announcements,
      (SELECT row_to_json(x) FROM (
        SELECT name, "supportPhone", "supportEmail" FROM "Association" LIMIT 1) x) AS association,
      json_build_array(${sqlList(sourceReads)}) AS sources`;
  const { unread: unreadNotifications, announcements, association, sources } = row!;
  let next = 0;
  const workItems = reads.flatMap(({ source, read }) =>
    source.items(read ? sources[next++] : undefined, { ...ctx, unreadNotifications }),
  );
  return {
    workItems,
    announcements: announcements.map((a) => ({
      id: a.id,
      title: a.title,
      pinned: a.pinned,
      publishedAt: new Date(a.publishedAt).toISOString(),
    })),
    unreadNotifications,
    association: {
      name: association?.name ?? '律师协会',
      supportPhone: association?.supportPhone ?? '',
      supportEmail: association?.supportEmail ?? '',
    },
  };
}
