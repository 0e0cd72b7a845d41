import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space } from 'antd';
import { EVENT_STATE_LABELS, EVENT_STATES } from '@lx/shared/event-workflow';
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
import { useEvents } from '../api/get-events';
import { eventListQuery } from '../components/event-list-queries';
import { EventTable } from '../components/event-table';

const FILTER_KEYS = ['state', 'q'] as const;
const searchSchema = z.object({ q: optionalText('搜索内容', 50) });

/** 活动列表: events by state with counts, searched and paged on the server; 新建活动. */
export function EventListPage() {
  const navigate = useNavigate();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const query = eventListQuery({ page, pageSize }, filters);
  const list = useEvents(query);
  const searchValues = useMemo(() => ({ q: filters.q }), [filters.q]);

  return (
    <>
      <PageHeader
        title="活动列表"
        extra={
          <Space wrap>
            <Button
              icon={<SettingOutlined />}
              onClick={() => void navigate(paths.eventSettings.getHref())}
            >
              缺席暂停规则
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(paths.eventNew.getHref())}
            >
              新建活动
            </Button>
          </Space>
        }
      >
        新建的活动为草稿，发布后会员可在报名时间内报名；活动开始后登记签到，结束签到时未签到且未请假的报名记为缺席。
      </PageHeader>
      <Card>
        <StateTabs
          states={EVENT_STATES}
          labels={EVENT_STATE_LABELS}
          counts={list.data?.counts}
          active={query.state ?? ALL_STATES}
          onChange={(state) => setFilters({ q: filters.q, state })}
        />
        <div style={{ marginBottom: 16 }}>
          <FilterForm
            name="event-filter"
            schema={searchSchema}
            values={searchValues}
            onChange={(f) => setFilters({ ...f, state: query.state })}
          >
            <Form.Item label="搜索" name="q">
              <Input allowClear placeholder="活动名称/主办方/地点" style={{ width: 220 }} />
            </Form.Item>
          </FilterForm>
        </div>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <EventTable
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
