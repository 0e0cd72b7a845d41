import { Alert, Button, Result } from 'antd';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';

type LookupErrorProps = { error: Error; onRetry?: () => void };

/**
 * Why a lookup has no answer: an unknown number (404) is an answer in itself; too many lookups
 * (429), a file refused (400, 413) and the rest are the server's message.
 */
export function LookupError({ error, onRetry }: LookupErrorProps) {
  if (error instanceof ApiRequestError && error.status === 404) {
    return (
      <Result
        status="error"
        title="证明编号不存在"
        subTitle="请核对证明编号后重新查询。"
        style={{ padding: '16px 0' }}
      />
    );
  }
  const answered = error instanceof ApiRequestError;
  return (
    <Alert
      type={answered && error.status === 429 ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={errorMessage(error)}
      action={onRetry && !answered ? <Button onClick={onRetry}>重试</Button> : undefined}
    />
  );
}
