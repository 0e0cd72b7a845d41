import { Button, Space, Table, Tag, type TableProps } from 'antd';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import type { StaffAccount } from '@lx/shared/staff-schemas';
import type { Page } from '@lx/shared/pagination';
import { tablePagination } from '@/lib/page';

type Props = {
  data: Page<StaffAccount> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  roleName: (code: string) => string;
  onEdit: (staff: StaffAccount) => void;
  onResetPassword: (staff: StaffAccount) => void;
};

function StaffState({ staff }: { staff: StaffAccount }) {
  const tags = [];
  if (staff.disabled)
    tags.push(
      <Tag key="disabled" color="red">
        已停用
      </Tag>,
    );
  if (staff.lockedUntil && new Date(staff.lockedUntil) > new Date()) {
    tags.push(
      <Tag key="locked" color="orange">
        锁定至 {formatDateTime(staff.lockedUntil)}
      </Tag>,
    );
  }
  if (staff.mustChangePassword)
    tags.push(
      <Tag key="password" color="gold">
        待修改初始密码
      </Tag>,
    );
  if (tags.length === 0)
    tags.push(
      <Tag key="ok" color="green">
        正常
      </Tag>,
    );
  return (
    <Space size={[0, 4]} wrap>
      {tags}
    </Space>
  );
}

/** 用户名, 姓名, 角色, 状态, 最近登录, 创建日期; 编辑 and 重设密码. */
export function StaffTable({
  data,
  loading,
  page,
  pageSize,
  onPageChange,
  roleName,
  onEdit,
  onResetPassword,
}: Props) {
  const columns: TableProps<StaffAccount>['columns'] = [
    { title: '用户名', dataIndex: 'username', width: 140 },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: string[]) => (
        <Space size={[0, 4]} wrap>
          {roles.map((code) => (
            <Tag key={code} color="blue">
              {roleName(code)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: '状态', key: 'state', render: (_, row) => <StaffState staff={row} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : '从未登录'),
    },
    { title: '创建日期', dataIndex: 'createdAt', width: 110, render: (v: string) => formatDate(v) },
    {
      title: '操作',
      key: 'actions',
      width: 160,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(row)}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => onResetPassword(row)}>
            重设密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Table<StaffAccount>
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的工作人员' }}
    />
  );
}
