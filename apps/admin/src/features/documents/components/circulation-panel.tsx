import { DownloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { Recipient, StaffDocument } from '@lx/shared/document-schemas';
import { optionalText } from '@lx/shared/formats';
import { useId, useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { QueryError } from '@/components/query-error';
import { tablePagination } from '@/lib/page';
import { useListParams } from '@/lib/use-list-params';
import { documentPath } from '../api/get-document';
import { useRecipients } from '../api/get-recipients';
import { readCountText, recipientListQuery, recipientsExportUrl } from './document-list-queries';

const FILTER_KEYS = ['target', 'unread', 'q'] as const;
const searchSchema = z.object({ q: optionalText('搜索内容', 50) });

const columns: TableProps<Recipient>['columns'] = [
  { title: '姓名', dataIndex: 'name', width: 120 },
  {
    title: '单位/说明',
    dataIndex: 'detail',
    render: (detail: string | null) => detail ?? '—',
  },
  { title: '传阅来源', dataIndex: 'via', width: 200 },
  {
    title: '阅读时间',
    dataIndex: 'readAt',
    width: 160,
    render: (readAt: string | null) =>
      readAt ? formatDateTime(readAt) : <Tag color="warning">未读</Tag>,
  },
];

/**
 * 传阅情况 of a published (or withdrawn) document: each target with 已阅 x / 共 y, then the
 * recipients paged on the server, by target and 只看未读, exported with the same filters.
 */
export function CirculationPanel({ document }: { document: StaffDocument }) {
  const targetId = useId();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const query = recipientListQuery({ page, pageSize }, filters);
  const list = useRecipients(document.id, query);
  const searchValues = useMemo(() => ({ q: filters.q }), [filters.q]);
  const targetOptions = document.circulation.map((t) => ({ value: t.id, label: t.label }));

  return (
    <Card title="传阅情况">
      <Flex vertical gap={16}>
        <Typography.Text>
          共传阅 {document.recipientCount} 人，已阅 {document.readCount} 人，未读{' '}
          {document.recipientCount - document.readCount} 人
        </Typography.Text>
        <Row gutter={[12, 12]} role="list" aria-label="传阅对象">
          {document.circulation.map((target) => (
            <Col key={target.id} xs={24} md={12} xl={8} role="listitem">
              <Card size="small">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <span style={{ overflowWrap: 'anywhere' }}>
                    传阅给：{target.label}（{readCountText(target)}）
                  </span>
                  <Button
                    type="link"
                    size="small"
                    aria-label={`查看 ${target.label} 的传阅名单`}
                    onClick={() => setFilters({ ...filters, target: target.id })}
                  >
                    查看名单
                  </Button>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>

        <Flex justify="space-between" align="flex-end" gap={12} wrap>
          <Flex align="flex-end" gap={16} wrap>
            <Flex vertical gap={4}>
              <label htmlFor={targetId}>按传阅对象</label>
              <Select
                id={targetId}
                allowClear
                placeholder="全部传阅对象"
                value={query.target}
                options={targetOptions}
                onChange={(target: string | undefined) => setFilters({ ...filters, target })}
                style={{ width: 240, maxWidth: '100%' }}
              />
            </Flex>
            <Checkbox
              checked={query.unread === 'true'}
              onChange={(e) =>
                setFilters({ ...filters, unread: e.target.checked ? 'true' : undefined })
              }
              style={{ paddingBottom: 5 }}
            >
              只看未读
            </Checkbox>
          </Flex>
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={recipientsExportUrl(documentPath(document.id), query)}
            download
          >
            导出 Excel
          </Button>
        </Flex>
        <FilterForm
          name="recipient-filter"
          schema={searchSchema}
          values={searchValues}
          onChange={(f) => setFilters({ ...filters, q: f.q })}
        >
          <Form.Item label="搜索" name="q">
            <Input allowClear placeholder="姓名/单位" style={{ width: 220 }} />
          </Form.Item>
        </FilterForm>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Recipient>
            rowKey="accountId"
            size="middle"
            caption={
              <Typography.Text
                strong
                style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}
              >
                收件人名单{list.data ? `（共 ${list.data.total} 人）` : ''}
              </Typography.Text>
            }
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={tablePagination(list.data, { page, pageSize }, setPage)}
            locale={{ emptyText: '没有符合条件的收件人' }}
          />
        )}
      </Flex>
    </Card>
  );
}
