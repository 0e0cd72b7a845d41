import { Table, type TableProps } from 'antd';
import type { CardQueue, CardQueueItem } from '@lx/shared/card-schemas';
import type { CardApplicationState } from '@lx/shared/card-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { Link } from 'react-router';
import { useQueueLinkState } from '@/lib/queue-link';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { CardApplicationStateTag } from '@lx/ui/state-tags';
import { cardApplicationKindText } from './card-workflow-steps';

/** Rows the officer may tick for a bulk step: those in the state the step starts from. */
export type CardQueueSelection = {
  state: CardApplicationState;
  selectedIds: string[];
  onChange: (ids: string[]) => void;
};

type Props = {
  data: CardQueue | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Absent: no row selection (全部, and states without a forward step). */
  selection?: CardQueueSelection;
};

/** 申请编号, 申请人, 执业证号, 执业机构, 申请类型, 状态, 申请时间; 查看 opens the application. */
export function CardQueueTable({ data, loading, page, pageSize, onPageChange, selection }: Props) {
  const linkState = useQueueLinkState();

  const columns: TableProps<CardQueueItem>['columns'] = [
    {
      title: '申请编号',
      dataIndex: 'number',
      width: 110,
      render: (number: string, row) => (
        <Link to={paths.cardApplication.getHref(row.id)} state={linkState}>
          {number}
        </Link>
      ),
    },
    { title: '申请人', dataIndex: 'lawyerName', width: 110 },
    {
      title: '执业证号',
      dataIndex: 'licenceNo',
      width: 170,
      render: (v: string | null) => v ?? '—',
    },
    { title: '执业机构', dataIndex: 'organisationName' },
    {
      title: '申请类型',
      key: 'kind',
      width: 140,
      render: (_, row) => cardApplicationKindText(row.kind, row.reason),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (state: CardApplicationState) => <CardApplicationStateTag state={state} />,
    },
    {
      title: '申请时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, row) => (
        <Link to={paths.cardApplication.getHref(row.id)} state={linkState}>
          查看
        </Link>
      ),
    },
  ];

  const rowSelection: TableProps<CardQueueItem>['rowSelection'] = selection
    ? {
        selectedRowKeys: selection.selectedIds,
        onChange: (keys) => selection.onChange(keys.map(String)),
        // While another tab's rows are still shown, they cannot be ticked.
        getCheckboxProps: (row) => ({ disabled: row.state !== selection.state }),
      }
    : undefined;

  return (
    <Table<CardQueueItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      rowSelection={rowSelection}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的申请' }}
    />
  );
}
