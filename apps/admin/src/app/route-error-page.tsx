import { Button, Flex, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundResult } from '@/components/not-found-result';

// A chunk that can no longer be fetched usually means a new version was deployed meanwhile.
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

/** The route-level error boundary: a Chinese message and a way out, never a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundResult />;
  if (import.meta.env.DEV) console.error(error);
  const chunk = isChunkLoadError(error);
  return (
    <Flex align="center" justify="center" style={{ minHeight: '50vh' }}>
      <Result
        status={chunk ? 'warning' : 'error'}
        title={chunk ? '页面加载失败' : '页面出错了'}
        subTitle={
          chunk
            ? '系统可能刚刚更新，或网络连接不稳定，请刷新页面后重试。'
            : '很抱歉，页面发生了意外错误。请刷新后重试；如果问题仍然存在，请联系系统管理员。'
        }
        extra={[
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>,
          <Button key="home" href={`${import.meta.env.BASE_URL}`}>
            返回工作台
          </Button>,
        ]}
      />
    </Flex>
  );
}
