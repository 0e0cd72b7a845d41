import { Button, Flex, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { NotFoundPage } from './not-found-page';

/** After a new release the old page chunks are gone: the browser needs the new index. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
  );
}

/** What a page shows when it fails to load or crashes while rendering. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const navigate = useNavigate();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);

  const chunk = isChunkLoadError(error);
  return (
    <Result
      status={chunk ? 'warning' : 'error'}
      title={chunk ? '页面加载失败' : '页面出错了'}
      subTitle={
        chunk
          ? '网络异常或平台已更新，请刷新页面后重试。'
          : '很抱歉，页面发生了意外错误。请刷新页面重试，如问题持续出现请联系协会技术支持。'
      }
      extra={
        <Flex gap={8} justify="center" wrap>
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
          <Button onClick={() => void navigate(paths.home.getHref())}>返回首页</Button>
        </Flex>
      }
    />
  );
}
