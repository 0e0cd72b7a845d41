import { Table, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router';
import type { CertificateSummary } from '@lx/shared/certificate-schemas';
import { formatDateTime } from '@lx/shared/dates';
import { paths } from '@/config/paths';
import { CertificateStateTag } from '@lx/ui/state-tags';
import { paperStateText } from './paper-state-text';
import { ReviewResult } from './review-result';

type CertificateTableProps = {
  applications: CertificateSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
};

/** 我的证明 (desktop). */
export function CertificateTable({ applications, loading, pagination }: CertificateTableProps) {
  return (
    <Table<CertificateSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={applications}
      locale={{ emptyText: '暂无证明申请' }}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      columns={[
        { title: '申请编号', dataIndex: 'number', key: 'number' },
        { title: '证明类型', dataIndex: 'typeName', key: 'typeName' },
        {
          title: '申请时间',
          key: 'createdAt',
          render: (_, application) => formatDateTime(application.createdAt),
        },
        {
          title: '状态',
          key: 'state',
          render: (_, application) => <CertificateStateTag state={application.state} />,
        },
        {
          title: '审核结果',
          key: 'result',
          render: (_, application) => (
            <div style={{ maxWidth: 280 }}>
              <ReviewResult application={application} />
            </div>
          ),
        },
        {
          title: '纸质证明',
          key: 'paper',
          render: (_, application) => paperStateText(application.paperState),
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, application) => (
            <Link to={paths.certificate.getHref(application.id)}>查看</Link>
          ),
        },
      ]}
    />
  );
}
