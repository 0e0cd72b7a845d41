import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Flex, theme } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { LazyNotFoundPage } from './lazy-not-found-page';

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
  const { token } = theme.useToken();

  if (isRouteErrorResponse(error) && error.status === 404) return <LazyNotFoundPage />;
  console.error(error);

  // Laid out like antd's Result, which is not used here: it would bring its illustrations
  // (30 KB) into the script every page loads first (issue 19).
  const chunk = isChunkLoadError(error);
  const Icon = chunk ? ExclamationCircleFilled : CloseCircleFilled;
  return (
    <Flex vertical align="center" style={{ padding: '48px 32px', textAlign: 'center' }}>
      <Icon
        aria-hidden
        style={{
          fontSize: 72,
          marginBottom: 24,
          color: chunk ? token.colorWarning : token.colorError,
        }}
      />
      <div style={{ fontSize: 24, lineHeight: 1.33, color: token.colorTextHeading }}>
        {chunk ? '页面加载失败' : '页面出错了'}
      </div>
      <div style={{ fontSize: 14, lineHeight: 1.57, color: token.colorTextDescription }}>
        {chunk
          ? '网络异常或平台已更新，请刷新页面后重试。'
          : '很抱歉，页面发生了意外错误。请刷新页面重试，如问题持续出现请联系协会技术支持。'}
      </div>
      <Flex gap={8} justify="center" wrap style={{ marginTop: 24 }}>
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
        <Button onClick={() => void navigate(paths.home.getHref())}>返回首页</Button>
      </Flex>
    </Flex>
  );
}
