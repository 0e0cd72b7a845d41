import { Flex, Pagination } from 'antd';
import type { Page } from '@lx/shared/pagination';

/**
 * The pager under a server-paged list drawn by hand (cards on a phone, a table on a desktop):
 * nothing when everything fits on one page, the simple pager on a phone, "共 N <unit>" beside it
 * on a desktop.
 */
export function ListPager({
  page,
  phone,
  unit,
  onChange,
}: {
  page: Pick<Page<unknown>, 'page' | 'pageSize' | 'total'> | undefined;
  phone: boolean;
  unit: string;
  onChange: (page: number) => void;
}) {
  if (!page || page.total <= page.pageSize) return null;
  return (
    <Flex justify={phone ? 'center' : 'flex-end'} style={{ paddingTop: 16 }}>
      <Pagination
        simple={phone}
        current={page.page}
        pageSize={page.pageSize}
        total={page.total}
        showSizeChanger={false}
        showTotal={phone ? undefined : (total) => `共 ${total} ${unit}`}
        onChange={onChange}
      />
    </Flex>
  );
}
