import { Card } from 'antd';
import { useCurrentAccount } from '@lx/ui/current-account';
import { AccountSettingsForm } from '../components/account-settings-form';
import { NotificationPreferencesForm } from '../components/notification-preferences-form';

export function AccountSettingsPage() {
  const account = useCurrentAccount();
  return (
    <>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>账户设置</h1>}>
        <title>账户设置 - 律协会员服务平台</title>
        <AccountSettingsForm account={account} />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>消息提醒</h2>} style={{ marginTop: 16 }}>
        <NotificationPreferencesForm />
      </Card>
    </>
  );
}
