import { Button, Flex, Result } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { FullPageSpin } from '@/components/full-page-spin';
import { useLogout } from '@lx/ui/logout';
import { ForcedPasswordChangePage } from '@/features/auth/pages/forced-password-change-page';
import { useCurrentAccountQuery } from '@lx/ui/current-account';
import { useSessionWatch } from '@lx/ui/session-watch';
import { ConsoleLayout } from './console-layout';

function NotStaffResult() {
  const logout = useLogout({ loginHref: paths.login.getHref() });
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Result
        status="403"
        title="无权访问管理后台"
        subTitle="当前登录的是会员账号。管理后台仅供协会工作人员使用，请退出后使用工作人员账号登录。"
        extra={[
          <Button
            key="logout"
            type="primary"
            onClick={() => logout.mutate()}
            loading={logout.isPending}
          >
            退出登录
          </Button>,
          <Button key="member" href="/">
            前往会员服务平台
          </Button>,
        ]}
      />
    </Flex>
  );
}

/**
 * Every console page sits behind this: no session → login; a member's session → refused; an
 * initial password → the forced change, whatever page was asked for.
 */
export function ConsoleGate() {
  useSessionWatch();
  const me = useCurrentAccountQuery();
  const location = useLocation();

  if (me.data) {
    if (me.data.kind !== 'STAFF') return <NotStaffResult />;
    if (me.data.mustChangePassword) return <ForcedPasswordChangePage />;
    return <ConsoleLayout account={me.data} />;
  }
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Result
          status="warning"
          title="无法连接服务器"
          subTitle={errorMessage(me.error)}
          extra={
            <Button type="primary" onClick={() => void me.refetch()}>
              重试
            </Button>
          }
        />
      </Flex>
    );
  }
  return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
}
