import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeRedirect } from '@/config/paths';
import { FullPageSpin } from '@/components/full-page-spin';
import { useCurrentAccountQuery } from '@lx/ui/current-account';
import { AuthLayout } from '../components/auth-layout';
import { LoginForm } from '../components/login-form';

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const redirect = safeRedirect(params.get('redirect'));
  const me = useCurrentAccountQuery();
  useEffect(() => {
    document.title = '工作人员登录 - 律协管理后台';
  }, []);

  if (me.isPending) return <FullPageSpin />;
  // Already signed in as staff: nothing to do here.
  if (me.data?.kind === 'STAFF') return <Navigate to={redirect} replace />;

  return (
    <AuthLayout title="工作人员登录">
      <LoginForm onSuccess={() => void navigate(redirect, { replace: true })} />
    </AuthLayout>
  );
}
