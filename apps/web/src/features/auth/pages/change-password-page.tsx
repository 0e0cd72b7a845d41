import { App, Alert, Card } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useCurrentAccount } from '@lx/ui/current-account';
import { ChangePasswordForm } from '../components/change-password-form';
import { PasswordRules } from '../components/password-rules';

/** Both the forced change at first login and the voluntary one from the user menu. */
export function ChangePasswordPage() {
  const account = useCurrentAccount();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const forced = account.mustChangePassword;

  return (
    <>
      <title>修改密码 - 律协会员服务平台</title>
      <Card
        title={<h1 style={{ fontSize: 18, margin: 0 }}>修改密码</h1>}
        style={{ maxWidth: 560, margin: '0 auto' }}
      >
        {forced ? (
          <Alert
            type="warning"
            showIcon
            title="首次登录须修改初始密码"
            description="初始密码容易被他人猜到。为了您的账户安全，请先设置新密码，修改完成后才能使用平台的其他功能。"
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <PasswordRules />
        <ChangePasswordForm
          onChanged={() => {
            void message.success('密码修改成功');
            void navigate(paths.home.getHref(), { replace: true });
          }}
        />
      </Card>
    </>
  );
}
