import { Table, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { diffAuditValues, type DiffRow } from './audit-diff';

// Names of fields that many entities share; any other key is shown as it is.
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  body: '正文',
  pinned: '置顶',
  state: '状态',
  version: '版本',
  publishedAt: '发布时间',
  displayName: '姓名',
  username: '用户名',
  roles: '角色',
  disabled: '停用',
  mustChangePassword: '须修改密码',
  lockedUntil: '锁定至',
  email: '电子邮箱',
  mobile: '手机号码',
  postcode: '邮政编码',
  bio: '个人简介',
  portal: '登录入口',
  sessionId: '会话编号',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function ValueCell({ value }: { value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">（无）</Typography.Text>;
  if (value === null) return <Typography.Text type="secondary">（空）</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? '是' : '否'}</>;
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return <span title={value}>{formatDateTime(value)}</span>;
    return <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{value}</span>;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return <>{String(value)}</>;
  return (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

const columns: TableProps<DiffRow>['columns'] = [
  {
    title: '字段',
    dataIndex: 'key',
    width: 180,
    render: (key: string) =>
      key === '' ? '（整体）' : FIELD_LABELS[key] ? `${FIELD_LABELS[key]}（${key}）` : key,
  },
  {
    title: '修改前',
    dataIndex: 'before',
    onCell: () => ({ style: { background: '#fff1f0', verticalAlign: 'top' } }),
    render: (v: unknown) => <ValueCell value={v} />,
  },
  {
    title: '修改后',
    dataIndex: 'after',
    onCell: () => ({ style: { background: '#f6ffed', verticalAlign: 'top' } }),
    render: (v: unknown) => <ValueCell value={v} />,
  },
];

/** before → after of one audit entry: only the fields that changed, side by side. */
export function AuditDiffTable({ before, after }: { before: unknown; after: unknown }) {
  const { rows, unchanged } = diffAuditValues(before, after);
  if (rows.length === 0)
    return <Typography.Text type="secondary">本次操作没有记录数据变化。</Typography.Text>;
  return (
    <>
      <Table<DiffRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        bordered
      />
      {unchanged > 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          另有 {unchanged} 个字段未变化。
        </Typography.Text>
      ) : null}
    </>
  );
}
