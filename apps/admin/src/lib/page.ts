import type { Page } from '@lx/shared/pagination';

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100];

/** The antd Table pagination of a server-side page. */
export function tablePagination(
  page: Page<unknown> | undefined,
  current: { page: number; pageSize: number },
  onChange: (page: number, pageSize: number) => void,
) {
  return {
    current: current.page,
    pageSize: current.pageSize,
    total: page?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZE_OPTIONS,
    showTotal: (total: number) => `共 ${total} 条`,
    onChange,
  };
}
