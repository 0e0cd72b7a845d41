import { ArrowLeftOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';

export type BackTo = { to: string; label: string };

export function BackLink({ to, label }: BackTo) {
  return (
    <Link to={to}>
      <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      {label}
    </Link>
  );
}

/**
 * A page about one record (an application, a ticket): the record once loaded, or while loading a
 * skeleton, or for a missing record — another member's, or a malformed id in the address (400) —
 * a 404 page, or the error with 重试.
 */
export function RecordPage<T>(props: {
  query: UseQueryResult<T>;
  back: BackTo;
  /** e.g. 工单不存在 and 该工单不存在，请从我的工单页面进入。 */
  missing: { title: string; subTitle: string };
  children: (record: T) => ReactNode;
}) {
  const { query, back, missing } = props;
  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (query.isError) {
    const { error } = query;
    const notFound =
      error instanceof ApiRequestError && (error.status === 404 || error.status === 400);
    return notFound ? (
      <Card>
        <title>{`${missing.title} - 律协会员服务平台`}</title>
        <Result
          status="404"
          title={missing.title}
          subTitle={missing.subTitle}
          extra={<BackLink {...back} />}
        />
      </Card>
    ) : (
      <Card>
        <Alert
          type="error"
          showIcon
          title={errorMessage(error)}
          action={<Button onClick={() => void query.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
        <BackLink {...back} />
      </Card>
    );
  }
  return <>{props.children(query.data)}</>;
}
