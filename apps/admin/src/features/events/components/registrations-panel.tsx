import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import type { StaffEvent } from '@lx/shared/event-schemas';
import {
  EVENT_WORKFLOW,
  REGISTRATION_STATE_LABELS,
  REGISTRATION_STATES,
  REGISTRATION_WORKFLOW,
} from '@lx/shared/event-workflow';
import { optionalText } from '@lx/shared/formats';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { QueryError } from '@/components/query-error';
import { ALL_STATES, StateTabs } from '@/components/state-tabs';
import { useListParams } from '@/lib/use-list-params';
import { useMarkAttendance } from '../api/attendance';
import { registrationsExportUrl, useRegistrations } from '../api/get-registrations';
import { CheckInForm } from './check-in-form';
import { registrationListQuery } from './event-list-queries';
import { RegistrationTable } from './registration-table';

const FILTER_KEYS = ['state', 'q'] as const;
const searchSchema = z.object({ q: optionalText('搜索内容', 50) });

/** The ticked registrations, kept only while the list they were ticked in stays the same. */
function useScopedSelection(scope: string) {
  const [selection, setSelection] = useState<{ scope: string; ids: string[] }>({
    scope,
    ids: [],
  });
  const ids = selection.scope === scope ? selection.ids : [];
  const setIds = (next: string[]) => setSelection({ scope, ids: next });
  return [ids, setIds] as const;
}

function BulkAttendance({
  eventId,
  selectedIds,
  onDone,
}: {
  eventId: string;
  selectedIds: string[];
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const mark = useMarkAttendance();
  const count = selectedIds.length;
  const { label } = REGISTRATION_WORKFLOW.transitions.markAttended;

  const onConfirm = async () => {
    try {
      await mark.mutateAsync({ eventId, registrationIds: selectedIds });
      void message.success(`已为 ${count} 人${label}`);
      onDone();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Flex align="center" gap={12} wrap>
      <Popconfirm
        title={`批量${label}`}
        description={`确定为选中的 ${count} 人登记签到吗？`}
        okText="确定"
        cancelText="取消"
        disabled={count === 0}
        onConfirm={onConfirm}
      >
        <Button type="primary" disabled={count === 0 || mark.isPending}>
          {`批量${label}`}
        </Button>
      </Popconfirm>
      <Typography.Text type="secondary">
        {count > 0 ? `已选择 ${count} 人` : '勾选已报名或已请假的人员后可批量签到'}
      </Typography.Text>
    </Flex>
  );
}

/**
 * 报名名单 of one event: by state with counts, searched, exported with the same filters; while
 * attendance is open (until 结束签到), 签到 by code or by ticking rows, and 撤销签到.
 */
export function RegistrationsPanel({ event }: { event: StaffEvent }) {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const query = registrationListQuery({ page, pageSize }, filters);
  const list = useRegistrations(event.id, query);
  const tab = query.state ?? ALL_STATES;
  // Attendance is taken while the event can still be closed for it.
  const attendanceOpen = canApply(EVENT_WORKFLOW, 'closeAttendance', event.state);
  const [selectedIds, setSelectedIds] = useScopedSelection(JSON.stringify(query));
  const shownIds = new Set(list.data?.items.map((item) => item.id));
  const selected = selectedIds.filter((id) => shownIds.has(id));
  const searchValues = useMemo(() => ({ q: filters.q }), [filters.q]);

  return (
    <Card title="报名名单">
      <StateTabs
        states={REGISTRATION_STATES}
        labels={REGISTRATION_STATE_LABELS}
        counts={list.data?.counts}
        active={tab}
        onChange={(state) => setFilters({ q: filters.q, state })}
      />
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <FilterForm
            name="registration-filter"
            schema={searchSchema}
            values={searchValues}
            onChange={(f) => setFilters({ ...f, state: query.state })}
          >
            <Form.Item label="搜索" name="q">
              <Input allowClear placeholder="姓名/工作单位/手机号码" style={{ width: 220 }} />
            </Form.Item>
          </FilterForm>
          <Button
            icon={<DownloadOutlined />}
            href={registrationsExportUrl(event.id, query)}
            download
          >
            导出 Excel
          </Button>
        </Flex>
        {attendanceOpen ? (
          <Flex justify="space-between" align="center" gap={12} wrap>
            <CheckInForm eventId={event.id} />
            <BulkAttendance
              eventId={event.id}
              selectedIds={selected}
              onDone={() => setSelectedIds([])}
            />
          </Flex>
        ) : null}
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <RegistrationTable
            data={list.data}
            loading={list.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            attendance={
              attendanceOpen ? { selectedIds: selected, onSelect: setSelectedIds } : undefined
            }
          />
        )}
      </Flex>
    </Card>
  );
}
