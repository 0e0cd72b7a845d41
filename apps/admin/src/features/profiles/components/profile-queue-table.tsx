import { Table, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { PRACTICE_CATEGORY_LABELS, type PracticeCategory } from '@lx/shared/labels';
import type { ProfileQueue } from '@lx/shared/profile-schemas';
import type { ProfileState } from '@lx/shared/profile-workflow';
import { Link } from 'react-router';
import { useQueueLinkState } from '@/lib/queue-link';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { ProfileStateTag } from '@lx/ui/state-tags';

type Row = ProfileQueue['items'][number];

type Props = {
  data: ProfileQueue | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** 姓名, 执业证号, 执业机构, 执业类别, 状态, 提交时间, 审核时间; 审核 / 查看 opens the profile. */
export function ProfileQueueTable({ data, loading, page, pageSize, onPageChange }: Props) {
  const linkState = useQueueLinkState();

  const columns: TableProps<Row>['columns'] = [
    { title: '姓名', dataIndex: 'lawyerName', width: 110 },
    {
      title: '执业证号',
      dataIndex: 'licenceNo',
      width: 170,
      render: (v: string | null) => v ?? '—',
    },
    { title: '执业机构', dataIndex: 'organisationName' },
    {
      title: '执业类别',
      dataIndex: 'practiceCategory',
      width: 120,
      render: (v: PracticeCategory) => PRACTICE_CATEGORY_LABELS[v],
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (state: ProfileState) => <ProfileStateTag state={state} />,
    },
    {
      title: '提交时间',
      dataIndex: 'submittedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    {
      title: '审核时间',
      dataIndex: 'reviewedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, row) => (
        <Link to={paths.profile.getHref(row.id)} state={linkState}>
          {row.state === 'SUBMITTED' ? '审核' : '查看'}
        </Link>
      ),
    },
  ];

  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的档案' }}
    />
  );
}
