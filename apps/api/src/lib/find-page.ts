import type { PageQuery } from '@lx/shared/pagination';

export type PageWindow = { skip: number; take: number };

/**
 * One page of a server-side list and the total it is a page of, read in parallel. `find` gets the
 * window to spread into its findMany; both must use the same `where`.
 */
export async function findPage<Row>(
  query: PageQuery,
  source: { find: (window: PageWindow) => Promise<Row[]>; count: () => Promise<number> },
): Promise<{ rows: Row[]; total: number }> {
  const window = { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
  const [rows, total] = await Promise.all([source.find(window), source.count()]);
  return { rows, total };
}

/** One group of a queue's `GROUP BY state` (`count(*)::int AS count`). */
export type StateCount<State extends string> = { state: State; count: number };

/**
 * A staff queue's page, its tab counts (one `GROUP BY state` over the filters but the state) and
 * its total, which is one of those counts (a tab) or their sum (全部): two statements, not three,
 * run in parallel (the queues run both on the direct lane).
 */
export async function findQueuePage<Row, State extends string>(
  query: PageQuery & { state?: State | undefined },
  states: readonly State[],
  source: {
    find: (window: PageWindow) => Promise<Row[]>;
    countByState: () => Promise<StateCount<State>[]>;
  },
): Promise<{ rows: Row[]; total: number; counts: Record<State, number> }> {
  const window = { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
  const [rows, groups] = await Promise.all([source.find(window), source.countByState()]);
  const counts = Object.fromEntries(states.map((s) => [s, 0])) as Record<State, number>;
  for (const group of groups) counts[group.state] = group.count;
  const total = query.state
    ? counts[query.state]
    : Object.values<number>(counts).reduce((sum, n) => sum + n, 0);
  return { rows, total, counts };
}
