/** One page of a server-paginated list, as every list endpoint answers. */
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** A positive page number from the URL, 1 when absent or malformed. */
export function pageFromSearch(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
