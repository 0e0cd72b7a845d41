import { PagedListPage, usePageParam } from '@/components/paged-list-page';
import { paths } from '@/config/paths';
import { useTickets } from '../api/get-tickets';
import { TicketCards } from '../components/ticket-cards';
import { TicketTable } from '../components/ticket-table';

const PAGE_SIZE = 10;

/** 我的工单: every ticket of this account, where it stands, and the way to open one. */
export function TicketsPage() {
  const { page, setPage } = usePageParam();
  const tickets = useTickets({ page, pageSize: PAGE_SIZE });
  return (
    <PagedListPage
      title="我的工单"
      action={{ label: '提交工单', to: paths.newTicket.getHref() }}
      emptyText="暂无工单"
      query={tickets}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      cards={(items) => <TicketCards tickets={items} />}
      table={(items, options) => <TicketTable tickets={items} {...options} />}
    />
  );
}
