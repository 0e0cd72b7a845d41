import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Radio, Tabs, Tag, Typography } from 'antd';
import { optionalText } from '@lx/shared/formats';
import {
  COMPLIANCE_FILTER_LABELS,
  COMPLIANCE_FILTERS,
  type OrganisationCompliance,
} from '@lx/shared/training-schemas';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams, type ListParams } from '@/lib/use-list-params';
import { complianceExportUrl, useCompliance } from '../api/get-compliance';
import { useOrganisationCompliance } from '../api/get-organisation-compliance';
import {
  COMPLIANCE_TAB_LABELS,
  COMPLIANCE_TABS,
  complianceCountsText,
  complianceQuery,
  complianceTabOf,
  organisationComplianceQuery,
  type ComplianceTab,
} from '../components/compliance-queries';
import { ComplianceTable } from '../components/compliance-table';
import { OrganisationComplianceTable } from '../components/organisation-compliance-table';
import { reportYearOf, yearParam } from '../components/report-year';
import { ReportYearSelect } from '../components/report-year-select';
import { TABS_MORE } from '@lx/ui/accessibility';

const FILTER_KEYS = ['year', 'status', 'q', 'organisationId', 'tab'] as const;
type Params = ListParams<(typeof FILTER_KEYS)[number]>;
const searchSchema = z.object({ q: optionalText('搜索内容', 50) });
const ALL = 'all';
const statusOptions = [
  { value: ALL, label: '全部' },
  ...COMPLIANCE_FILTERS.map((s) => ({ value: s, label: COMPLIANCE_FILTER_LABELS[s] })),
];

/** 按律师: 全部/未达标/已达标, the counts of the filter, the rows, and the export of the same. */
function LawyersTab({ params }: { params: Params }) {
  const { page, pageSize, filters, setFilters, setPage } = params;
  const query = complianceQuery({ page, pageSize }, filters);
  const list = useCompliance(query);
  const organisationName = list.data?.items[0]?.organisationName ?? '所选机构';

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Radio.Group
          aria-label="达标状态"
          optionType="button"
          options={statusOptions}
          value={query.status ?? ALL}
          onChange={(e) =>
            setFilters({ ...filters, status: e.target.value === ALL ? undefined : e.target.value })
          }
        />
        <Button icon={<DownloadOutlined aria-hidden />} href={complianceExportUrl(query)} download>
          导出 Excel
        </Button>
      </Flex>
      {query.organisationId ? (
        <Flex align="center" gap={4} wrap>
          <Tag style={{ marginInlineEnd: 0 }}>执业机构：{organisationName}</Tag>
          <Button
            type="link"
            size="small"
            onClick={() => setFilters({ ...filters, organisationId: undefined })}
          >
            清除机构筛选
          </Button>
        </Flex>
      ) : null}
      {list.data ? (
        <Typography.Text role="status">{complianceCountsText(list.data.counts)}</Typography.Text>
      ) : null}
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ComplianceTable
          year={query.year}
          data={list.data}
          loading={list.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
        />
      )}
    </Flex>
  );
}

/** 按机构: each organisation's counts; picking one shows its lawyers in 按律师. */
function OrganisationsTab({ params }: { params: Params }) {
  const { page, pageSize, filters, setFilters, setPage } = params;
  const query = organisationComplianceQuery({ page, pageSize }, filters);
  const list = useOrganisationCompliance(query);
  const pick = (organisation: OrganisationCompliance) =>
    setFilters({
      year: filters.year,
      status: filters.status,
      organisationId: organisation.organisationId,
    });

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <OrganisationComplianceTable
      year={query.year}
      data={list.data}
      loading={list.isFetching}
      page={page}
      pageSize={pageSize}
      onPageChange={setPage}
      onPick={pick}
    />
  );
}

/**
 * 达标报表: a year's compliance with the training requirement, by lawyer (全部/未达标/已达标, with
 * the counts, exported to Excel) and by organisation.
 */
export function CompliancePage() {
  const params = useListParams(FILTER_KEYS);
  const { filters, setFilters } = params;
  const year = reportYearOf(filters.year);
  const tab = complianceTabOf(filters.tab);
  const searchValues = useMemo(() => ({ q: filters.q }), [filters.q]);

  // The search means lawyers in one tab and organisations in the other: a new tab starts without.
  const changeTab = (next: ComplianceTab) =>
    setFilters({
      year: filters.year,
      status: filters.status,
      tab: next === 'lawyers' ? undefined : next,
    });

  return (
    <>
      <PageHeader title="达标报表">
        按年度统计律师培训学时是否达到协会要求；未设定学时要求的执业类别计为已达标。
      </PageHeader>
      <Card>
        <Flex align="flex-start" gap={16} wrap style={{ marginBottom: 8 }}>
          <ReportYearSelect
            value={year}
            onChange={(next) => setFilters({ ...filters, year: yearParam(next) })}
          />
          <FilterForm
            name="compliance-filter"
            schema={searchSchema}
            values={searchValues}
            onChange={(f) => setFilters({ ...filters, q: f.q })}
          >
            <Form.Item label="搜索" name="q">
              <Input
                allowClear
                placeholder={tab === 'lawyers' ? '姓名/执业证号' : '机构名称'}
                style={{ width: 200 }}
              />
            </Form.Item>
          </FilterForm>
        </Flex>
        <Tabs
          more={TABS_MORE}
          activeKey={tab}
          // Only the tab shown asks the API: the search means something else in the other one.
          destroyOnHidden
          onChange={(key) => changeTab(complianceTabOf(key))}
          items={COMPLIANCE_TABS.map((key) => ({
            key,
            label: COMPLIANCE_TAB_LABELS[key],
            children:
              key === 'lawyers' ? (
                <LawyersTab params={params} />
              ) : (
                <OrganisationsTab params={params} />
              ),
          }))}
        />
      </Card>
    </>
  );
}
