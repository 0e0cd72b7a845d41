import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Pagination,
  Skeleton,
  type TablePaginationConfig,
} from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import type { Page } from '@lx/shared/pagination';
import { pageFromSearch } from '@/lib/page';

/** The list's page number, kept in the address (?page=). */
export function usePageParam() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const setPage = (next: number) => setSearchParams(next > 1 ? { page: String(next) } : {});
  return { page, setPage };
}

/**
 * A member's own records (我的工单, 我的证明): a titled card with its "new" button, a table on
 * desktop and cards on a phone, paged in the address, with the empty and error states.
 */
export function PagedListPage<T>(props: {
  title: string;
  action: { label: string; to: string };
  emptyText: string;
  query: UseQueryResult<Page<T>>;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  cards: (items: T[]) => ReactNode;
  table: (
    items: T[],
    options: { loading: boolean; pagination: TablePaginationConfig },
  ) => ReactNode;
}) {
  const { query, page, pageSize, onPageChange } = props;
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md !== true;
  const data = query.data;
  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>{props.title}</h1>}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => void navigate(props.action.to)}
        >
          {props.action.label}
        </Button>
      }
    >
      <title>{`${props.title} - 律协会员服务平台`}</title>
      {query.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(query.error)}
          action={<Button onClick={() => void query.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {phone ? (
        <>
          {query.isPending ? <Skeleton active /> : null}
          {data && data.items.length === 0 ? <Empty description={props.emptyText} /> : null}
          {data && data.items.length > 0 ? (
            <>
              {props.cards(data.items)}
              <Flex justify="center" style={{ paddingTop: 16 }}>
                <Pagination
                  simple
                  current={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  onChange={onPageChange}
                />
              </Flex>
            </>
          ) : null}
        </>
      ) : (
        props.table(data?.items ?? [], {
          loading: query.isFetching,
          pagination: {
            current: data?.page ?? page,
            pageSize: data?.pageSize ?? pageSize,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 条`,
            onChange: onPageChange,
          },
        })
      )}
    </Card>
  );
}
