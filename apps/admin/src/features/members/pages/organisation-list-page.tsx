import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Table, Tag, type TableProps } from 'antd';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '@lx/shared/labels';
import {
  ORGANISATION_STATUS_LABELS,
  ORGANISATION_STATUSES,
  organisationSearchQuerySchema,
  type OrganisationListItem,
} from '@lx/shared/member-schemas';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { FilterForm } from '@/components/filter-form';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { useListParams } from '@/lib/use-list-params';
import { useOrganisations } from '../api/organisations';
import { CreateOrganisationModal } from '../components/create-organisation-modal';
import { ORGANISATION_FILTER_KEYS, organisationListQuery } from '../components/member-list-queries';

const filterSchema = organisationSearchQuerySchema.omit({ page: true, pageSize: true });

const columns: TableProps<OrganisationListItem>['columns'] = [
  {
    title: '机构名称',
    dataIndex: 'name',
    render: (name: string, o) => <Link to={paths.organisation.getHref(o.id)}>{name}</Link>,
  },
  {
    title: '类型',
    dataIndex: 'kind',
    render: (k: OrganisationListItem['kind']) => ORGANISATION_KIND_LABELS[k],
  },
  { title: '执业许可证号', dataIndex: 'licenceNo', render: (v: string | null) => v ?? '—' },
  { title: '会员编号', dataIndex: 'memberNo' },
  { title: '负责人', dataIndex: 'headName', render: (v: string | null) => v ?? '—' },
  { title: '执业律师', dataIndex: 'practising', render: (n: number) => `${n} 人` },
  {
    title: '状态',
    dataIndex: 'status',
    render: (s: OrganisationListItem['status']) => (
      <Tag color={s === 'ACTIVE' ? 'success' : 'default'}>{ORGANISATION_STATUS_LABELS[s]}</Tag>
    ),
  },
];

/** 机构管理: firms and offices, searched and paged on the server; 新建机构. */
export function OrganisationListPage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(ORGANISATION_FILTER_KEYS);
  const query = organisationListQuery({ page, pageSize }, filters);
  const list = useOrganisations(query);
  const [creating, setCreating] = useState(false);
  const values = useMemo(
    () => ({ q: filters.q, kind: filters.kind, status: filters.status }),
    [filters.q, filters.kind, filters.status],
  );

  return (
    <>
      <PageHeader
        title="机构管理"
        level={1}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
          >
            新建机构
          </Button>
        }
      >
        律师事务所与公司、公职律师办公室；新建机构同时开通其登录账号。
      </PageHeader>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <FilterForm
            name="organisation-filter"
            schema={filterSchema}
            values={values}
            onChange={(f) => setFilters(f)}
          >
            <Form.Item label="查找" name="q">
              <Input
                allowClear
                placeholder="名称/执业许可证号/会员编号"
                style={{ width: 240, maxWidth: '100%' }}
              />
            </Form.Item>
            <Form.Item label="类型" name="kind">
              <Select
                allowClear
                placeholder="全部类型"
                style={{ width: 170 }}
                options={ORGANISATION_KINDS.map((k) => ({
                  value: k,
                  label: ORGANISATION_KIND_LABELS[k],
                }))}
              />
            </Form.Item>
            <Form.Item label="状态" name="status">
              <Select
                allowClear
                placeholder="全部状态"
                style={{ width: 120 }}
                options={ORGANISATION_STATUSES.map((s) => ({
                  value: s,
                  label: ORGANISATION_STATUS_LABELS[s],
                }))}
              />
            </Form.Item>
          </FilterForm>
        </div>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<OrganisationListItem>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '没有符合条件的机构' }}
            pagination={tablePagination(list.data, { page, pageSize }, setPage)}
          />
        )}
      </Card>
      {creating ? <CreateOrganisationModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
