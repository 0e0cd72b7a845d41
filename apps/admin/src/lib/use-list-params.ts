import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readFilters, readPaging, withFilters, withPage } from './list-params';

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
  const { page, pageSize } = readPaging(params);
  const keysId = filterKeys.join(',');
  const filters = useMemo(() => readFilters(params, keysId.split(',') as K[]), [params, keysId]);

  const setFilters = useCallback(
    (next: Partial<Record<K, string | undefined>>) => {
      setParams((prev) => withFilters(prev, keysId.split(',') as K[], next));
    },
    [setParams, keysId],
  );

  const setPage = useCallback(
    (nextPage: number, nextPageSize: number) => {
      setParams((prev) => withPage(prev, pageSize, nextPage, nextPageSize));
    },
    [setParams, pageSize],
  );

  return { page, pageSize, filters, setFilters, setPage };
}
