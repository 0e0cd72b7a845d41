import type { WorkItem } from '@lx/shared/home-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { SessionContext } from '../auth/session-store.ts';

/**
 * One module's contribution to the home page's work items: what the signed-in account should look
 * at next in that module. A source returns nothing when it does not concern the account, and
 * decides that from `auth` before it queries, so a request runs only the statements it needs.
 */
export type WorkItemSource = (ctx: {
  prisma: PrismaClient;
  auth: SessionContext;
  /** The account's unread notifications, counted once for the page and the sources that need it. */
  unreadNotifications: Promise<number>;
}) => Promise<WorkItem[]>;

/** Every source's items, in the order the sources are listed. */
export async function collectWorkItems(
  sources: readonly WorkItemSource[],
  ctx: Parameters<WorkItemSource>[0],
): Promise<WorkItem[]> {
  const lists = await Promise.all(sources.map((source) => source(ctx)));
  return lists.flat();
}
