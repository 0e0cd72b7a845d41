import '@/lib/dayjs-locale';
import { Button, Flex, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { FullPageSpin } from '@/components/full-page-spin';
import { paths } from '@/config/paths';
import { useCurrentAccountQuery } from '@lx/ui/current-account';
import { useLogout } from '@lx/ui/logout';
import { useSessionWatch } from '@lx/ui/session-watch';
import { AppLayout } from '../layout/app-layout';

function StaffAccountNotice() {
  const logout = useLogout({ loginHref: paths.login.getHref() });
  return (
    <Result
      status="info"
      title="工作人员账号请使用管理后台"
      subTitle="当前登录的是协会工作人员账号，会员服务平台仅供律师和执业机构使用。"
      extra={
        <Flex gap={8} justify="center" wrap>
          <Button type="primary" href="/admin">
            前往管理后台
          </Button>
          <Button loading={logout.isPending} onClick={() => logout.mutate()}>
            退出登录
          </Button>
        </Flex>
      }
    />
  );
}

/**
 * The guard of every page behind the login: no session → the login page, keeping the wanted
 * address in `?redirect=`; an initial password still in use → only the change-password page.
 */
export function ProtectedLayout() {
  useSessionWatch();
  const location = useLocation();
  const me = useCurrentAccountQuery();

  if (me.data === undefined) {
    if (me.isError) {
      return (
        <Result
          status="error"
          title="无法获取登录状态"
          subTitle={errorMessage(me.error)}
          extra={
            <Button type="primary" onClick={() => void me.refetch()}>
              重试
            </Button>
          }
        />
      );
    }
    return <FullPageSpin />;
  }
  if (me.data === null) {
    return <Navigate to={paths.login.getHref(`${location.pathname}${location.search}`)} replace />;
  }
  if (me.data.kind === 'STAFF') return <StaffAccountNotice />;
  if (me.data.mustChangePassword && location.pathname !== paths.changePassword.path) {
    return <Navigate to={paths.changePassword.getHref()} replace />;
  }
  return (
    <AppLayout account={me.data}>
      <Outlet />
    </AppLayout>
  );
}
