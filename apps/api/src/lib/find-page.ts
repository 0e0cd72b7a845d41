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
