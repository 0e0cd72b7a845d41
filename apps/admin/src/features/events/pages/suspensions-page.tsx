import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Radio } from 'antd';
import type { Suspension } from '@lx/shared/event-schemas';
import { optionalText } from '@lx/shared/formats';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useListParams } from '@/lib/use-list-params';
import { useSuspensions } from '../api/suspensions';
import {
  SUSPENSION_SCOPE_LABELS,
  SUSPENSION_SCOPES,
  suspensionListQuery,
  suspensionScopeOf,
} from '../components/event-list-queries';
import { LiftSuspensionModal } from '../components/lift-suspension-modal';
import { SuspensionTable } from '../components/suspension-table';

const FILTER_KEYS = ['active', 'q'] as const;
const searchSchema = z.object({ q: optionalText('搜索内容', 50) });
const scopeOptions = SUSPENSION_SCOPES.map((s) => ({
  value: s,
  label: SUSPENSION_SCOPE_LABELS[s],
}));

/** 缺席暂停: lawyers whose online registration is suspended for no-shows; 解除暂停 with a reason. */
export function SuspensionsPage() {
  const navigate = useNavigate();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const query = suspensionListQuery({ page, pageSize }, filters);
  const scope = suspensionScopeOf(filters.active);
  const list = useSuspensions(query);
  const [lifting, setLifting] = useState<Suspension | null>(null);
  const searchValues = useMemo(() => ({ q: filters.q }), [filters.q]);

  return (
    <>
      <PageHeader
        title="缺席暂停"
        extra={
          <Button
            icon={<SettingOutlined />}
            onClick={() => void navigate(paths.eventSettings.getHref())}
          >
            缺席暂停规则
          </Button>
        }
      >
        在统计期内缺席达到规定次数的律师，将被暂停网上报名；暂停期间可由工作人员核实后解除。
      </PageHeader>
      <Card>
        <Flex vertical gap={16}>
          <Radio.Group
            aria-label="暂停状态"
            optionType="button"
            options={scopeOptions}
            value={scope}
            // The default (暂停中) stays out of the address.
            onChange={(e) =>
              setFilters({
                q: filters.q,
                active: e.target.value === 'true' ? undefined : e.target.value,
              })
            }
          />
          <FilterForm
            name="suspension-filter"
            schema={searchSchema}
            values={searchValues}
            onChange={(f) => setFilters({ ...f, active: filters.active })}
          >
            <Form.Item label="搜索" name="q">
              <Input allowClear placeholder="姓名/执业证号" style={{ width: 220 }} />
            </Form.Item>
          </FilterForm>
          {list.isError ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <SuspensionTable
              data={list.data}
              loading={list.isFetching}
              page={page}
              pageSize={pageSize}
              onPageChange={setPage}
              onLift={setLifting}
            />
          )}
        </Flex>
      </Card>
      {lifting ? (
        <LiftSuspensionModal suspension={lifting} onClose={() => setLifting(null)} />
      ) : null}
    </>
  );
}
