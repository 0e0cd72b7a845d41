import { Table, Typography, type TableProps } from 'antd';
import { SECRECY_LEVEL_LABELS, type SecrecyLevel } from '@lx/shared/document-schemas';
import type { DocumentState } from '@lx/shared/document-workflow';
import { DocumentStateTag } from '@lx/ui/state-tags';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { useQueueLinkState } from '@/lib/queue-link';
import type { StaffDocumentPage } from '../api/get-documents';

type DocumentRow = StaffDocumentPage['items'][number];

type Props = {
  data: StaffDocumentPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** 公文编号, 公文标题, 来文单位, 发文日期, 保密等级, 状态, 已阅/共, 反馈; the title opens it. */
export function DocumentTable({ data, loading, page, pageSize, onPageChange }: Props) {
  const linkState = useQueueLinkState();
  const columns: TableProps<DocumentRow>['columns'] = [
    { title: '公文编号', dataIndex: 'number', width: 160 },
    {
      title: '公文标题',
      dataIndex: 'title',
      render: (title: string, row) => (
        <Link to={paths.document.getHref(row.id)} state={linkState}>
          {title}
        </Link>
      ),
    },
    { title: '来文单位', dataIndex: 'issuer', width: 180 },
    { title: '发文日期', dataIndex: 'issuedOn', width: 110 },
    {
      title: '保密等级',
      dataIndex: 'secrecy',
      width: 90,
      render: (secrecy: SecrecyLevel) => SECRECY_LEVEL_LABELS[secrecy],
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (state: DocumentState) => <DocumentStateTag state={state} />,
    },
    {
      title: '已阅/共',
      key: 'read',
      width: 90,
      // A draft has no recipients yet: they are resolved when it is published.
      render: (_, row) => (row.publishedAt ? `${row.readCount}/${row.recipientCount}` : '—'),
    },
    { title: '反馈', dataIndex: 'feedbackCount', width: 70 },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, row) => (
        <Link
          to={paths.document.getHref(row.id)}
          state={linkState}
          aria-label={`查看 ${row.title}`}
        >
          查看
        </Link>
      ),
    },
  ];

  return (
    <Table<DocumentRow>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          公文列表{data ? `（共 ${data.total} 份）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的公文' }}
    />
  );
}
