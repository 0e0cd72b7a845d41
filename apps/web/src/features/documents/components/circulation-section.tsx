import { Alert, Button, Checkbox, Flex, Pagination, Select, Skeleton, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { formatDateTime } from '@lx/shared/dates';
import type { MemberDocument, Recipient, RecipientQuery } from '@lx/shared/document-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useRecipients } from '../api/get-recipients';
import { circulationText, readTotalText } from './document-texts';

const PAGE_SIZE = 20;
const ALL_TARGETS = '';

function RecipientRow({ recipient }: { recipient: Recipient }) {
  return (
    <Flex
      justify="space-between"
      align="center"
      gap={8}
      wrap
      style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex vertical style={{ minWidth: 0, flex: '1 1 200px' }}>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>{recipient.name}</Typography.Text>
        {recipient.detail ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {recipient.detail}
          </Typography.Text>
        ) : null}
      </Flex>
      {recipient.readAt ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {`已阅 ${formatDateTime(recipient.readAt)}`}
        </Typography.Text>
      ) : (
        <Tag color="error" style={{ marginInlineEnd: 0 }}>
          未读
        </Tag>
      )}
    </Flex>
  );
}

/**
 * 传阅情况: each target of the circulation with how many of it have read the document, then the
 * people, a page at a time, filtered by target and to the unread ones.
 */
export function CirculationSection({
  document,
}: {
  document: Pick<MemberDocument, 'id' | 'circulation' | 'readCount' | 'recipientCount'>;
}) {
  const [target, setTarget] = useState(ALL_TARGETS);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const targetLabelId = useId();
  const query: RecipientQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(target ? { target } : {}),
    ...(unreadOnly ? { unread: 'true' as const } : {}),
  };
  const recipients = useRecipients(document.id, query);
  const data = recipients.data;

  return (
    <Flex vertical gap={12}>
      <Typography.Text>{readTotalText(document)}</Typography.Text>
      {document.circulation.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 20, overflowWrap: 'anywhere' }}>
          {document.circulation.map((summary) => (
            <li key={summary.id}>{circulationText(summary)}</li>
          ))}
        </ul>
      ) : null}
      <Flex wrap gap={12} align="center">
        <Flex gap={8} align="center" style={{ flex: '1 1 260px', maxWidth: 420 }}>
          <span id={targetLabelId} style={{ whiteSpace: 'nowrap' }}>
            传阅对象
          </span>
          <Select
            aria-labelledby={targetLabelId}
            value={target}
            onChange={(value: string) => {
              setTarget(value);
              setPage(1);
            }}
            options={[
              { value: ALL_TARGETS, label: '全部传阅对象' },
              ...document.circulation.map((summary) => ({
                value: summary.id,
                label: summary.label,
              })),
            ]}
            style={{ flex: 1, minWidth: 0 }}
          />
        </Flex>
        <Checkbox
          checked={unreadOnly}
          onChange={(event) => {
            setUnreadOnly(event.target.checked);
            setPage(1);
          }}
        >
          只看未读
        </Checkbox>
      </Flex>
      {recipients.isError ? (
        <Alert
          type="error"
          showIcon
          title={`无法读取传阅情况：${errorMessage(recipients.error)}`}
          action={<Button onClick={() => void recipients.refetch()}>重试</Button>}
        />
      ) : null}
      {recipients.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
      {data && data.items.length === 0 ? (
        <Typography.Text type="secondary">
          {unreadOnly ? '没有未读的人员' : '暂无传阅人员'}
        </Typography.Text>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <div
            role="list"
            aria-label="传阅人员"
            aria-busy={recipients.isFetching}
            style={{ borderTop: '1px solid #f0f0f0' }}
          >
            {data.items.map((recipient) => (
              <div role="listitem" key={recipient.accountId}>
                <RecipientRow recipient={recipient} />
              </div>
            ))}
          </div>
          <Flex justify="center">
            <Pagination
              simple
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={setPage}
            />
          </Flex>
        </>
      ) : null}
    </Flex>
  );
}
