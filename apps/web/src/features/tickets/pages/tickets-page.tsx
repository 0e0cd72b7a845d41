import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Grid, Pagination, Skeleton } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { pageFromSearch } from '@/lib/page';
import { useTickets } from '../api/get-tickets';
import { TicketCards } from '../components/ticket-cards';
import { TicketTable } from '../components/ticket-table';

const PAGE_SIZE = 10;

export function TicketsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const tickets = useTickets({ page, pageSize: PAGE_SIZE });
  const data = tickets.data;
  const setPage = (next: number) => setSearchParams(next > 1 ? { page: String(next) } : {});

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>我的工单</h1>}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => void navigate(paths.newTicket.getHref())}
        >
          提交工单
        </Button>
      }
    >
      <title>我的工单 - 律协会员服务平台</title>
      {tickets.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(tickets.error)}
          action={<Button onClick={() => void tickets.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {phone ? (
        <>
          {tickets.isPending ? <Skeleton active /> : null}
          {data && data.items.length === 0 ? <Empty description="暂无工单" /> : null}
          {data && data.items.length > 0 ? (
            <>
              <TicketCards tickets={data.items} />
              <Flex justify="center" style={{ paddingTop: 16 }}>
                <Pagination
                  simple
                  current={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  onChange={setPage}
                />
              </Flex>
            </>
          ) : null}
        </>
      ) : (
        <TicketTable
          tickets={data?.items ?? []}
          loading={tickets.isFetching}
          pagination={{
            current: data?.page ?? page,
            pageSize: data?.pageSize ?? PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 条`,
            onChange: setPage,
          }}
        />
      )}
    </Card>
  );
}
