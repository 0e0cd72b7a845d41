import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { changePasswordSchema } from '@lx/shared/auth-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useChangePassword } from '../api/change-password';

type ChangePasswordFormProps = { onChanged: (account: CurrentAccount) => void };

export function ChangePasswordForm({ onChanged }: ChangePasswordFormProps) {
  const changePasswordMutation = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <>
      {formError ? (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="change-password"
        schema={changePasswordSchema}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            onChanged(await changePasswordMutation.mutateAsync(values));
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Form.Item label="旧密码" name="oldPassword" required>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="确认密码" name="confirmPassword" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={changePasswordMutation.isPending}>
          确认修改
        </Button>
      </ZodForm>
    </>
  );
}
