import { Card, Form, Input, Select } from 'antd';
import { PRACTICE_CATEGORIES, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import {
  ACCOUNT_STATE_LABELS,
  ACCOUNT_STATES,
  memberSearchQuerySchema,
} from '@lx/shared/member-schemas';
import { useMemo } from 'react';
import { FilterForm } from '@/components/filter-form';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useMembers } from '../api/get-members';
import { useOrganisationOptions } from '../api/get-organisation-options';
import { MEMBER_FILTER_KEYS, memberListQuery } from '../components/member-list-queries';
import { MemberTable } from '../components/member-table';

const filterSchema = memberSearchQuerySchema.omit({ page: true, pageSize: true });

/** 会员查询: lawyers by name, numbers, organisation, category and account state, paged on the server. */
export function MemberSearchPage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(MEMBER_FILTER_KEYS);
  const query = memberListQuery({ page, pageSize }, filters);
  const list = useMembers(query);
  const organisations = useOrganisationOptions();
  const values = useMemo(
    () => ({
      q: filters.q,
      organisationId: filters.organisationId,
      practiceCategory: filters.practiceCategory,
      accountState: filters.accountState,
    }),
    [filters.q, filters.organisationId, filters.practiceCategory, filters.accountState],
  );

  return (
    <>
      <PageHeader title="会员查询" level={1}>
        按姓名、执业证号、会员编号或身份证号（完整）查找律师，可按执业机构、执业类别和账号状态筛选。
      </PageHeader>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <FilterForm
            name="member-filter"
            schema={filterSchema}
            values={values}
            onChange={(f) => setFilters(f)}
          >
            <Form.Item label="查找" name="q">
              <Input
                allowClear
                placeholder="姓名/执业证号/会员编号/身份证号"
                style={{ width: 260, maxWidth: '100%' }}
              />
            </Form.Item>
            <Form.Item label="执业机构" name="organisationId">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="全部机构"
                loading={organisations.isPending}
                style={{ width: 220, maxWidth: '100%' }}
                options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
            <Form.Item label="执业类别" name="practiceCategory">
              <Select
                allowClear
                placeholder="全部类别"
                style={{ width: 150 }}
                options={PRACTICE_CATEGORIES.map((c) => ({
                  value: c,
                  label: PRACTICE_CATEGORY_LABELS[c],
                }))}
              />
            </Form.Item>
            <Form.Item label="账号状态" name="accountState">
              <Select
                allowClear
                placeholder="全部状态"
                style={{ width: 150 }}
                options={ACCOUNT_STATES.map((s) => ({ value: s, label: ACCOUNT_STATE_LABELS[s] }))}
              />
            </Form.Item>
          </FilterForm>
        </div>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <MemberTable
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
