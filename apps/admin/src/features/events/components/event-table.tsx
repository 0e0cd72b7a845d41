import { Table, Typography, type TableProps } from 'antd';
import type { StaffEventPage } from '@lx/shared/event-schemas';
import type { EventState } from '@lx/shared/event-workflow';
import { EventStateTag } from '@lx/ui/state-tags';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { useQueueLinkState } from '@/lib/queue-link';
import { placesText, timeRangeText } from './event-format';

type EventRow = StaffEventPage['items'][number];

type Props = {
  data: StaffEventPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** 活动名称, 活动时间, 报名时间, 名额, 状态; the name and 查看 open the event. */
export function EventTable({ data, loading, page, pageSize, onPageChange }: Props) {
  const linkState = useQueueLinkState();
  const columns: TableProps<EventRow>['columns'] = [
    {
      title: '活动名称',
      dataIndex: 'title',
      render: (title: string, row) => (
        <Link to={paths.event.getHref(row.id)} state={linkState}>
          {title}
        </Link>
      ),
    },
    {
      title: '活动时间',
      key: 'time',
      width: 230,
      render: (_, row) => timeRangeText(row.startsAt, row.endsAt),
    },
    {
      title: '报名时间',
      key: 'registration',
      width: 300,
      render: (_, row) => timeRangeText(row.registrationOpensAt, row.registrationClosesAt),
    },
    {
      title: '名额',
      key: 'places',
      width: 90,
      render: (_, row) => placesText(row),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (state: EventState) => <EventStateTag state={state} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, row) => (
        <Link to={paths.event.getHref(row.id)} state={linkState} aria-label={`查看 ${row.title}`}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <Table<EventRow>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          活动列表{data ? `（共 ${data.total} 个）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的活动' }}
    />
  );
}
