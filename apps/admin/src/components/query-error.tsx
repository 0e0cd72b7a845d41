import { Alert, Button } from 'antd';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { ForbiddenResult } from './forbidden-result';

/** What a page shows when its data could not be loaded: the API's message and a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiRequestError && error.status === 403)
    return <ForbiddenResult detail={error.message} />;
  return (
    <Alert
      type="error"
      showIcon
      title="数据加载失败"
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
