import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from './page';

function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export type ListParams<K extends string> = {
  page: number;
  pageSize: number;
  filters: Partial<Record<K, string>>;
  /** Replaces the filters and goes back to the first page. */
  setFilters: (next: Partial<Record<K, string | undefined>>) => void;
  setPage: (page: number, pageSize: number) => void;
};

/**
 * A server-side paged list's page and filters, kept in the URL so that a reload, the back button
 * or a shared link shows the same list.
 */
export function useListParams<K extends string>(filterKeys: readonly K[]): ListParams<K> {
  const [params, setParams] = useSearchParams();
  const page = positiveInt(params.get('page'), 1, 100_000);
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100);
  const keysId = filterKeys.join(',');
  const filters = useMemo(() => {
    const out: Partial<Record<K, string>> = {};
    for (const key of keysId.split(',') as K[]) {
      const value = params.get(key);
      if (value) out[key] = value;
    }
    return out;
  }, [params, keysId]);

  const setFilters = useCallback(
    (next: Partial<Record<K, string | undefined>>) => {
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        for (const key of keysId.split(',') as K[]) {
          const value = next[key]?.trim();
          if (value) out.set(key, value);
          else out.delete(key);
        }
        out.delete('page');
        return out;
      });
    },
    [setParams, keysId],
  );

  const setPage = useCallback(
    (nextPage: number, nextPageSize: number) => {
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        // A new page size starts again from the first page.
        const first = nextPageSize !== pageSize;
        if (first || nextPage <= 1) out.delete('page');
        else out.set('page', String(nextPage));
        if (nextPageSize === DEFAULT_PAGE_SIZE) out.delete('pageSize');
        else out.set('pageSize', String(nextPageSize));
        return out;
      });
    },
    [setParams, pageSize],
  );

  return { page, pageSize, filters, setFilters, setPage };
}
