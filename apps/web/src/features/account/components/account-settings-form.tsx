import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { accountSettingsSchema, type CurrentAccount } from '@lx/shared/account-schemas';
import { accountSettingsLabels } from '@lx/shared/labels';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useUpdateAccountSettings } from '../api/update-account-settings';
import { AvatarUpload } from './avatar-upload';

const AVATAR_INPUT_ID = 'account-settings_avatar';

export function AccountSettingsForm({ account }: { account: CurrentAccount }) {
  const { message } = App.useApp();
  const updateMutation = useUpdateAccountSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const labels = accountSettingsLabels(account.kind);

  return (
    <>
      {formError ? (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="account-settings"
        schema={accountSettingsSchema}
        style={{ maxWidth: 560 }}
        initialValues={{
          email: account.email ?? '',
          postcode: account.postcode ?? '',
          mobile: account.mobile ?? '',
          bio: account.bio ?? '',
        }}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            await updateMutation.mutateAsync(values);
            void message.success('保存成功');
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Form.Item
          label={labels.name}
          htmlFor="account-settings_displayName"
          extra={labels.nameHint}
        >
          <Input
            id="account-settings_displayName"
            value={account.displayName}
            readOnly
            variant="filled"
          />
        </Form.Item>
        <Form.Item label="登录账号" htmlFor="account-settings_login">
          <Input id="account-settings_login" value={account.login} readOnly variant="filled" />
        </Form.Item>
        <Form.Item label={labels.email} name="email">
          <Input inputMode="email" autoComplete="email" maxLength={100} />
        </Form.Item>
        <Form.Item label="邮政编码" name="postcode">
          <Input inputMode="numeric" autoComplete="postal-code" maxLength={6} />
        </Form.Item>
        <Form.Item
          label="手机号码"
          name="mobile"
          extra="找回密码的验证码和业务短信将发送到此号码。"
        >
          <Input inputMode="numeric" autoComplete="tel" maxLength={11} />
        </Form.Item>
        <Form.Item label={labels.bio} name="bio">
          <Input.TextArea rows={5} maxLength={500} showCount />
        </Form.Item>
        <Form.Item label={labels.photo} htmlFor={AVATAR_INPUT_ID}>
          <AvatarUpload account={account} inputId={AVATAR_INPUT_ID} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={updateMutation.isPending}>
          保存
        </Button>
      </ZodForm>
    </>
  );
}
