import type { WorkItem } from '@lx/shared/home-schemas';
import type { Permission } from '@lx/shared/permissions';
import type { SqlFragment } from '../../db/direct-sql.ts';
import type { SessionContext } from '../auth/session-store.ts';

/** What a source knows when it reads and when it writes its items. */
export type WorkItemContext = {
  auth: SessionContext;
  /** The request's moment, the same for every source. */
  now: Date;
};

/**
 * One module's contribution to the home page's work items: what the signed-in account should look
 * at next in that module. The home page asks every source in one statement (issue 17: a statement
 * per source cost a lawyer's home five round trips and 0.39× of hand-written SQL), so a source is
 * two halves:
 * - `read`: one scalar SQL expression (a count, or a subquery's `row_to_json`/`json_agg`) with
 *   what it needs, or null when it does not concern the account (decided from `auth`, so a request
 *   reads only what it shows). Without `read` the source needs only what the page itself reads.
 * - `items`: its items from that value, as the driver returns it (JSON as objects, timestamps
 *   inside JSON as text, `::int` as number).
 */
export type WorkItemSource<Value = unknown> = {
  read?: (ctx: WorkItemContext) => SqlFragment | null;
  items: (value: Value, ctx: WorkItemContext & { unreadNotifications: number }) => WorkItem[];
};

/** A source, typed by the value its `read` gives (the list of sources holds them all alike). */
export const workItemSource = <Value>(source: WorkItemSource<Value>): WorkItemSource =>
  source as WorkItemSource;

/** The sources that concern the account, each with its SQL expression (null: reads nothing). */
export function readsOf(
  sources: readonly WorkItemSource[],
  ctx: WorkItemContext,
): { source: WorkItemSource; read: SqlFragment | null }[] {
  return sources.flatMap((source): { source: WorkItemSource; read: SqlFragment | null }[] => {
    if (!source.read) return [{ source, read: null }];
    const read = source.read(ctx);
    return read ? [{ source, read }] : [];
  });
}

/**
 * The usual staff source: the records waiting for whoever holds `permission` (`count`: an SQL
 * count), as one item saying how many when there are any.
 */
export const waitingRecords = (
  permission: Permission,
  count: SqlFragment,
  item: (count: number) => Pick<WorkItem, 'key' | 'title' | 'description' | 'link'>,
): WorkItemSource =>
  workItemSource<number>({
    read: ({ auth }) => (auth.permissions.has(permission) ? count : null),
    items: (waiting) =>
      waiting === 0 ? [] : [{ ...item(waiting), level: 'todo', count: waiting }],
  });
