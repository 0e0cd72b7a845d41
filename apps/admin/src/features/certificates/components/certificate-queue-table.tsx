import { Table, type TableProps } from 'antd';
import {
  CERTIFICATE_REVIEW_MODE_LABELS,
  type CertificateQueue,
  type CertificateReviewMode,
  type CertificateSummary,
} from '@lx/shared/certificate-schemas';
import {
  PAPER_STATE_LABELS,
  type CertificateState,
  type PaperState,
} from '@lx/shared/certificate-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { Link } from 'react-router';
import { useQueueLinkState } from '@/lib/queue-link';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { CertificateStateTag } from '@lx/ui/state-tags';

type Props = {
  data: CertificateQueue | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/**
 * 申请编号, 申请人, 证明类型, 审核方式, 状态, 申请时间, 证明编号, 纸质证明; 查看 opens the application.
 */
export function CertificateQueueTable({ data, loading, page, pageSize, onPageChange }: Props) {
  const linkState = useQueueLinkState();

  const columns: TableProps<CertificateSummary>['columns'] = [
    {
      title: '申请编号',
      dataIndex: 'number',
      width: 110,
      render: (number: string, row) => (
        <Link to={paths.certificate.getHref(row.id)} state={linkState}>
          {number}
        </Link>
      ),
    },
    { title: '申请人', dataIndex: 'applicantName' },
    { title: '证明类型', dataIndex: 'typeName' },
    {
      title: '审核方式',
      dataIndex: 'reviewMode',
      width: 100,
      render: (mode: CertificateReviewMode) => CERTIFICATE_REVIEW_MODE_LABELS[mode],
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (state: CertificateState) => <CertificateStateTag state={state} />,
    },
    {
      title: '申请时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '证明编号',
      dataIndex: 'certificateNumber',
      width: 140,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: '纸质证明',
      dataIndex: 'paperState',
      width: 100,
      render: (v: PaperState | null) => (v ? PAPER_STATE_LABELS[v] : '—'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, row) => (
        <Link to={paths.certificate.getHref(row.id)} state={linkState}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <Table<CertificateSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的证明申请' }}
    />
  );
}
