import { Alert, Button, Card, Empty, Flex, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDate } from '@lx/shared/dates';
import { PROFILE_CHANGE_ACTION_LABELS, type ProfileChange } from '@lx/shared/profile-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useProfileChanges } from '../api/get-profile-changes';

const EMPTY_VALUE = '（空）';

/** One changed field: what it was and what it is now (a new entry has no "before"). */
function changeText(change: ProfileChange, field: ProfileChange['changes'][number]): string {
  if (change.action === 'CREATE') return `${field.label}：${field.after || EMPTY_VALUE}`;
  if (change.action === 'DELETE') return `${field.label}：${field.before || EMPTY_VALUE}`;
  return `${field.label}：${field.before || EMPTY_VALUE} → ${field.after || EMPTY_VALUE}`;
}

function ChangeLogItem({ change }: { change: ProfileChange }) {
  return (
    <div style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 4 }}>
        <Typography.Text type="secondary">{formatDate(change.createdAt)}</Typography.Text>
        <Typography.Text strong>{change.sectionLabel}</Typography.Text>
        <Tag style={{ marginInlineEnd: 0 }}>{PROFILE_CHANGE_ACTION_LABELS[change.action]}</Tag>
        <Tag color="green" style={{ marginInlineEnd: 0 }}>
          已处理
        </Tag>
      </Flex>
      {change.changes.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 20, overflowWrap: 'anywhere' }}>
          {change.changes.map((field) => (
            <li key={field.field}>{changeText(change, field)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** 近期变更: the changes made after approval, newest first. */
export function ChangeLogCard() {
  const [page, setPage] = useState(1);
  const changes = useProfileChanges(page);

  return (
    <Card
      title={
        <Flex wrap gap={8} align="baseline">
          <h2 style={{ fontSize: 16, margin: 0 }}>近期变更</h2>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            近期变更内容可在此处查看
          </Typography.Text>
        </Flex>
      }
    >
      {changes.isPending ? <Skeleton active /> : null}
      {changes.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(changes.error)}
          action={<Button onClick={() => void changes.refetch()}>重试</Button>}
        />
      ) : null}
      {changes.data && changes.data.items.length === 0 ? (
        <Empty description="暂无变更记录" />
      ) : null}
      {changes.data && changes.data.items.length > 0 ? (
        <>
          <div role="list" aria-label="近期变更">
            {changes.data.items.map((change) => (
              <div role="listitem" key={change.id}>
                <ChangeLogItem change={change} />
              </div>
            ))}
          </div>
          <Flex justify="flex-end" style={{ paddingTop: 16 }}>
            <Pagination
              current={changes.data.page}
              pageSize={changes.data.pageSize}
              total={changes.data.total}
              showSizeChanger={false}
              showTotal={(total) => `共 ${total} 条`}
              onChange={setPage}
              size="small"
            />
          </Flex>
        </>
      ) : null}
    </Card>
  );
}
