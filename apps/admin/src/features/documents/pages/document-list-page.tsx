import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input } from 'antd';
import { DOCUMENT_STATE_LABELS, DOCUMENT_STATES } from '@lx/shared/document-workflow';
import { optionalText } from '@lx/shared/formats';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { ALL_STATES, StateTabs } from '@/components/state-tabs';
import { paths } from '@/config/paths';
import { useListParams } from '@/lib/use-list-params';
import { useDocuments } from '../api/get-documents';
import { documentListQuery } from '../components/document-list-queries';
import { DocumentTable } from '../components/document-table';

const FILTER_KEYS = ['state', 'q'] as const;
const searchSchema = z.object({ q: optionalText('搜索内容', 50) });

/** 公文列表: documents by state, searched and paged on the server; 拟稿. */
export function DocumentListPage() {
  const navigate = useNavigate();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const query = documentListQuery({ page, pageSize }, filters);
  const list = useDocuments(query);
  const searchValues = useMemo(() => ({ q: filters.q }), [filters.q]);

  return (
    <>
      <PageHeader
        title="公文列表"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate(paths.documentNew.getHref())}
          >
            拟稿
          </Button>
        }
      >
        拟好的公文先保存为草稿，可上传附件；发布后按传阅对象送达收件人，可查看传阅情况和反馈，必要时撤回。
      </PageHeader>
      <Card>
        <StateTabs
          states={DOCUMENT_STATES}
          labels={DOCUMENT_STATE_LABELS}
          counts={undefined}
          active={query.state ?? ALL_STATES}
          onChange={(state) => setFilters({ q: filters.q, state })}
        />
        <div style={{ marginBottom: 16 }}>
          <FilterForm
            name="document-filter"
            schema={searchSchema}
            values={searchValues}
            onChange={(f) => setFilters({ ...f, state: query.state })}
          >
            <Form.Item label="搜索" name="q">
              <Input allowClear placeholder="公文编号/标题/来文单位" style={{ width: 220 }} />
            </Form.Item>
          </FilterForm>
        </div>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DocumentTable
            data={list.data}
            loading={list.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
          />
        )}
      </Card>
    </>
  );
}
