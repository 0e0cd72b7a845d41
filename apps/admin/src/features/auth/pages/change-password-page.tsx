import { App, Card } from 'antd';
import { PageHeader } from '@/components/page-header';
import { ChangePasswordForm } from '../components/change-password-form';

/** 修改密码, chosen from the user menu. */
export function ChangePasswordPage() {
  const { message } = App.useApp();
  return (
    <>
      <PageHeader title="修改密码">修改后，您在其他设备上的登录将失效。</PageHeader>
      <Card style={{ maxWidth: 480 }}>
        <ChangePasswordForm onSuccess={() => void message.success('密码已修改')} />
      </Card>
    </>
  );
}
