import { Button, Flex, Table, type TablePaginationConfig } from 'antd';
import { SECRECY_LEVEL_LABELS, type MemberDocumentSummary } from '@lx/shared/document-schemas';
import { DocumentTags } from './document-tags';

type DocumentTableProps = {
  documents: MemberDocumentSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: string;
  onOpen: (document: MemberDocumentSummary) => void;
};

/** 我的公文 on a wide screen, newest first; 查看 opens the document. */
export function DocumentTable({
  documents,
  loading,
  pagination,
  emptyText,
  onOpen,
}: DocumentTableProps) {
  return (
    <Table<MemberDocumentSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={documents}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      columns={[
        {
          title: '公文编号',
          key: 'number',
          render: (_, d) => (
            <span style={{ display: 'inline-block', maxWidth: 160, overflowWrap: 'anywhere' }}>
              {d.number}
            </span>
          ),
        },
        {
          title: '公文标题',
          key: 'title',
          render: (_, d) => (
            <Flex vertical gap={4} align="flex-start" style={{ maxWidth: 360 }}>
              <span
                style={{
                  overflowWrap: 'anywhere',
                  fontWeight: d.readAt === null ? 600 : undefined,
                }}
              >
                {d.title}
              </span>
              <Flex wrap gap={6} align="center">
                <DocumentTags document={d} />
              </Flex>
            </Flex>
          ),
        },
        {
          title: '来文单位',
          key: 'issuer',
          render: (_, d) => (
            <span style={{ display: 'inline-block', maxWidth: 200, overflowWrap: 'anywhere' }}>
              {d.issuer}
            </span>
          ),
        },
        { title: '收文日期', dataIndex: 'receivedOn', key: 'receivedOn' },
        {
          title: '保密等级',
          key: 'secrecy',
          render: (_, d) => SECRECY_LEVEL_LABELS[d.secrecy],
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, d) => (
            <Button size="small" aria-label={`查看：${d.title}`} onClick={() => onOpen(d)}>
              查看
            </Button>
          ),
        },
      ]}
    />
  );
}
