import { App, Button, Flex, Popconfirm, Table, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { RegistrationPage, StaffRegistration } from '@lx/shared/event-schemas';
import { LEAVE_WORKFLOW, REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { RegistrationStateTag } from '@lx/ui/state-tags';
import { tablePagination } from '@/lib/page';
import { useUndoAttendance } from '../api/attendance';
import { AttachmentLinks } from './attachment-links';

function UndoAttendanceButton({ row }: { row: StaffRegistration }) {
  const { message } = App.useApp();
  const undo = useUndoAttendance();
  const { label } = REGISTRATION_WORKFLOW.transitions.undoAttended;
  const onConfirm = async () => {
    try {
      await undo.mutateAsync({ registrationId: row.id });
      void message.success(`已${label}：${row.name}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Popconfirm
      title={label}
      description={`确定撤销 ${row.name} 的签到吗？其报名将回到“已报名”。`}
      okText={label}
      cancelText="取消"
      onConfirm={onConfirm}
    >
      <Button
        type="link"
        size="small"
        loading={undo.isPending}
        aria-label={`${label}：${row.name}`}
      >
        {label}
      </Button>
    </Popconfirm>
  );
}

/** The state, and the leave request under it when there is one (请假待审核 …). */
function StateCell({ row }: { row: StaffRegistration }) {
  return (
    <Flex vertical gap={2} align="flex-start">
      <RegistrationStateTag state={row.state} />
      {row.leave ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          请假{LEAVE_WORKFLOW.labels[row.leave.state]}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

type Props = {
  data: RegistrationPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** While attendance is open: rows may be ticked for 批量签到 and signed-in ones undone. */
  attendance?: { selectedIds: string[]; onSelect: (ids: string[]) => void };
};

/** 报名名单: 姓名, 工作单位, 手机号码, 状态, 候补位次, 报名时间, 签到时间, 附件 (and 撤销签到). */
export function RegistrationTable({
  data,
  loading,
  page,
  pageSize,
  onPageChange,
  attendance,
}: Props) {
  const columns: TableProps<StaffRegistration>['columns'] = [
    { title: '姓名', dataIndex: 'name', width: 100 },
    { title: '工作单位', dataIndex: 'workplace' },
    { title: '手机号码', dataIndex: 'mobile', width: 130 },
    { title: '状态', key: 'state', width: 110, render: (_, row) => <StateCell row={row} /> },
    {
      title: '候补位次',
      dataIndex: 'waitlistPosition',
      width: 90,
      render: (v: number | null) => (v === null ? '—' : `第 ${v} 位`),
    },
    {
      title: '报名时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '签到时间',
      dataIndex: 'attendedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    {
      title: '附件',
      key: 'attachments',
      render: (_, row) => <AttachmentLinks attachments={row.attachments} />,
    },
  ];
  if (attendance) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, row) =>
        canApply(REGISTRATION_WORKFLOW, 'undoAttended', row.state) ? (
          <UndoAttendanceButton row={row} />
        ) : null,
    });
  }

  const rowSelection: TableProps<StaffRegistration>['rowSelection'] = attendance
    ? {
        selectedRowKeys: attendance.selectedIds,
        onChange: (keys) => attendance.onSelect(keys.map(String)),
        getTitleCheckboxProps: () => ({ 'aria-label': '全选本页可签到的报名' }),
        getCheckboxProps: (row) => ({
          'aria-label': `选择 ${row.name}`,
          disabled: !canApply(REGISTRATION_WORKFLOW, 'markAttended', row.state),
        }),
      }
    : undefined;

  return (
    <Table<StaffRegistration>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          报名名单{data ? `（共 ${data.total} 条）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      rowSelection={rowSelection}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的报名' }}
    />
  );
}
