import { Alert, App, Button, Checkbox, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { accountSettingsLabels } from '@lx/shared/labels';
import { useCurrentAccount } from '@lx/ui/current-account';
import {
  AWAITED_RESULTS,
  AWAITED_RESULT_LABELS,
  type AwaitedResult,
  type NotificationPreferences,
} from '@lx/shared/awaited-results';
import { formErrorMessage } from '@/lib/form-error';
import {
  useNotificationSettings,
  useSaveNotificationPreferences,
} from '../api/notification-preferences';

const CHANNELS = [
  { key: 'sms', label: '短信' },
  { key: 'email', label: '邮件' },
] as const;

/**
 * 消息提醒: for each result the member waits for, whether it also comes by SMS and by e-mail
 * (in-app notices always come). Saved as a whole with one button.
 */
export function NotificationPreferencesForm() {
  const { message } = App.useApp();
  const settings = useNotificationSettings();
  const labels = accountSettingsLabels(useCurrentAccount().kind);
  const save = useSaveNotificationPreferences();
  // What the member has ticked since the page loaded; until then, what is saved.
  const [edited, setEdited] = useState<NotificationPreferences | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (settings.isError)
    return <Alert type="error" showIcon role="alert" title={formErrorMessage(settings.error)} />;
  if (!settings.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const choice = edited ?? { sms: settings.data.sms, email: settings.data.email };

  const toggle = (channel: 'sms' | 'email', kind: AwaitedResult, on: boolean) =>
    setEdited({
      ...choice,
      [channel]: on
        ? AWAITED_RESULTS.filter((k) => k === kind || choice[channel].includes(k))
        : choice[channel].filter((k) => k !== kind),
    });

  return (
    <div style={{ maxWidth: 560 }}>
      <Typography.Paragraph type="secondary">
        站内通知始终开启。短信发送至 {settings.data.mobile ?? '（未填写手机号码，请在上方填写）'}
        ，邮件发送至 {settings.data.emailAddress ?? `（未填写${labels.email}，请在上方填写）`}。
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />
      ) : null}
      <table style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 16 }}>
        <caption style={{ textAlign: 'left', paddingBottom: 8 }}>
          以下结果通过短信、邮件通知我
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: '6px 0' }}>
              消息类型
            </th>
            {CHANNELS.map((c) => (
              <th key={c.key} scope="col" style={{ width: 64, padding: '6px 0' }}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {AWAITED_RESULTS.map((kind) => (
            <tr key={kind} style={{ borderTop: '1px solid #f0f0f0' }}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', padding: '8px 0' }}>
                {AWAITED_RESULT_LABELS[kind]}
              </th>
              {CHANNELS.map((c) => (
                <td key={c.key} style={{ textAlign: 'center' }}>
                  <Checkbox
                    aria-label={`${AWAITED_RESULT_LABELS[kind]} ${c.label}`}
                    checked={choice[c.key].includes(kind)}
                    onChange={(e) => toggle(c.key, kind, e.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        type="primary"
        loading={save.isPending}
        onClick={async () => {
          setError(null);
          try {
            await save.mutateAsync(choice);
            void message.success('消息提醒已保存');
          } catch (e) {
            setError(formErrorMessage(e));
          }
        }}
      >
        保存消息提醒
      </Button>
    </div>
  );
}
