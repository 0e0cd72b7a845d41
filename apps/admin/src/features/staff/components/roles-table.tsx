import { Space, Table, Tag, Typography, type TableProps } from 'antd';
import { QueryError } from '@/components/query-error';
import { permissionName } from '@/lib/roles';
import { useRoles, type StaffRole } from '../api/get-roles';

const columns: TableProps<StaffRole>['columns'] = [
  {
    title: '角色',
    dataIndex: 'name',
    width: 160,
    render: (name: string, row) => (
      <>
        <Typography.Text strong>{name}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.code}
        </Typography.Text>
      </>
    ),
  },
  { title: '说明', dataIndex: 'description', width: 240 },
  {
    title: '权限',
    dataIndex: 'permissions',
    render: (permissions: string[]) => (
      <Space size={[0, 4]} wrap style={{ minWidth: 240 }}>
        {permissions.map((p) => (
          <Tag key={p} title={p}>
            {permissionName(p)}
          </Tag>
        ))}
      </Space>
    ),
  },
];

/** 角色与权限: what each role lets its holders do. */
export function RolesTable() {
  const roles = useRoles();
  if (roles.isError) return <QueryError error={roles.error} onRetry={() => void roles.refetch()} />;
  return (
    <Table<StaffRole>
      rowKey="code"
      columns={columns}
      dataSource={roles.data}
      loading={roles.isPending}
      pagination={false}
      scroll={{ x: 720 }}
    />
  );
}
