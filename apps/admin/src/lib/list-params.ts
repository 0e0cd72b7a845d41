import { DEFAULT_PAGE_SIZE } from './page';

// A paged list's state as its address keeps it (?page=&pageSize=&<filter>=), read and written
// without React so that the rules can be checked on their own.

const MAX_PAGE = 100_000;
const MAX_PAGE_SIZE = 100;

function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** The page and page size the address asks for; a missing or malformed one is the default. */
export function readPaging(params: URLSearchParams): { page: number; pageSize: number } {
  return {
    page: positiveInt(params.get('page'), 1, MAX_PAGE),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** The list's own filters that the address sets (empty ones are no filter). */
export function readFilters<K extends string>(
  params: URLSearchParams,
  filterKeys: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The address with `next` as the list's filters (trimmed; blank ones removed), back on the first
 * page: the old page number may not exist in the filtered list. Other parameters stay.
 */
export function withFilters<K extends string>(
  prev: URLSearchParams,
  filterKeys: readonly K[],
  next: Partial<Record<K, string | undefined>>,
): URLSearchParams {
  const out = new URLSearchParams(prev);
  for (const key of filterKeys) {
    const value = next[key]?.trim();
    if (value) out.set(key, value);
    else out.delete(key);
  }
  out.delete('page');
  return out;
}

/**
 * The address on page `nextPage` of `nextPageSize` rows; a new page size starts again from the
 * first page. Defaults are left out of the address.
 */
export function withPage(
  prev: URLSearchParams,
  currentPageSize: number,
  nextPage: number,
  nextPageSize: number,
): URLSearchParams {
  const out = new URLSearchParams(prev);
  const first = nextPageSize !== currentPageSize;
  if (first || nextPage <= 1) out.delete('page');
  else out.set('page', String(nextPage));
  if (nextPageSize === DEFAULT_PAGE_SIZE) out.delete('pageSize');
  else out.set('pageSize', String(nextPageSize));
  return out;
}
