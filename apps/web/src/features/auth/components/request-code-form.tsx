import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { passwordResetRequestSchema } from '@lx/shared/auth-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useRequestPasswordReset } from '../api/request-password-reset';

type RequestCodeFormProps = {
  initialLogin?: string;
  onRequested: (login: string, message: string) => void;
};

/** Step 1 of the password reset: the account whose registered mobile number receives the code. */
export function RequestCodeForm({ initialLogin, onRequested }: RequestCodeFormProps) {
  const requestMutation = useRequestPasswordReset();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <>
      <Typography.Paragraph type="secondary">
        请输入您的登录账号，系统将向该账号登记的手机号码发送 6 位验证码。
      </Typography.Paragraph>
      {formError ? (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="password-reset-request"
        schema={passwordResetRequestSchema}
        initialValues={{ login: initialLogin }}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            const answer = await requestMutation.mutateAsync(values);
            onRequested(values.login, answer.message);
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Form.Item label="账号" name="login" required>
          <Input placeholder="执业证号 / 会员编号" autoComplete="username" maxLength={64} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={requestMutation.isPending}>
          获取验证码
        </Button>
      </ZodForm>
    </>
  );
}
