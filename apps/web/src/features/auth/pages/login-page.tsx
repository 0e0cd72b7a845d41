import { theme } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { safeRedirect } from '@/config/paths';
import { InitialPasswordHint } from '../components/initial-password-hint';
import { LoginForm } from '../components/login-form';
import { PublicPageShell } from '../components/public-page-shell';

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const redirectTo = safeRedirect(searchParams.get('redirect'));
  const { token } = theme.useToken();

  return (
    <PublicPageShell title="会员登录">
      <title>登录 - 律协会员服务平台</title>
      <LoginForm onLoggedIn={() => void navigate(redirectTo, { replace: true })} />
      <hr style={{ margin: '16px 0', border: 0, borderTop: `1px solid ${token.colorSplit}` }} />
      <InitialPasswordHint />
    </PublicPageShell>
  );
}
