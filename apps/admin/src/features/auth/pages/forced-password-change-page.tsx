import { Alert, App, Button, Flex } from 'antd';
import { useLogout } from '@lx/ui/logout';
import { paths } from '@/config/paths';
import { AuthLayout } from '../components/auth-layout';
import { ChangePasswordForm } from '../components/change-password-form';

/**
 * Shown instead of every console page while the account still has its initial (or reset)
 * password: nothing else can be done until it is changed.
 */
export function ForcedPasswordChangePage() {
  const { message } = App.useApp();
  const logout = useLogout({ loginHref: paths.login.getHref() });
  return (
    <AuthLayout title="请修改初始密码">
      <Alert
        type="warning"
        showIcon
        title="为保障账号安全，首次登录或密码被重设后须先修改密码，才能使用管理后台。"
        style={{ marginBottom: 16 }}
      />
      <ChangePasswordForm onSuccess={() => void message.success('密码已修改，欢迎使用管理后台')} />
      <Flex justify="flex-end">
        <Button type="link" onClick={() => logout.mutate()} loading={logout.isPending}>
          退出登录
        </Button>
      </Flex>
    </AuthLayout>
  );
}
