import { Alert, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { passwordResetConfirmSchema } from '@lx/shared/auth-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { PasswordRules } from './password-rules';

const RESEND_SECONDS = 60;

type ResetPasswordFormProps = {
  login: string;
  notice: string;
  onChangeAccount: () => void;
  onReset: (message: string) => void;
};

/** Step 2 of the password reset: the code received by SMS and the new password. */
export function ResetPasswordForm({
  login,
  notice,
  onChangeAccount,
  onReset,
}: ResetPasswordFormProps) {
  const confirmMutation = useConfirmPasswordReset();
  const resendMutation = useRequestPasswordReset();
  const [formError, setFormError] = useState<string | null>(null);
  const [info, setInfo] = useState(notice);
  const [secondsLeft, setSecondsLeft] = useState(RESEND_SECONDS);

  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = window.setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [secondsLeft]);

  const resend = async () => {
    setFormError(null);
    try {
      const answer = await resendMutation.mutateAsync({ login });
      setInfo(answer.message);
      setSecondsLeft(RESEND_SECONDS);
    } catch (error) {
      setFormError(errorMessage(error));
    }
  };

  return (
    <>
      {info ? <Alert type="success" showIcon title={info} style={{ marginBottom: 16 }} /> : null}
      {formError ? (
        <Alert type="error" showIcon title={formError} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <PasswordRules />
      <ZodForm
        name="password-reset-confirm"
        schema={passwordResetConfirmSchema}
        initialValues={{ login }}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            const answer = await confirmMutation.mutateAsync(values);
            onReset(answer.message);
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Form.Item label="账号" name="login">
          <Input readOnly variant="filled" />
        </Form.Item>
        <Form.Item label="验证码" name="code" required>
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder="6 位数字"
          />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="确认密码" name="confirmPassword" required>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={confirmMutation.isPending}>
            重置密码
          </Button>
          <Button
            disabled={secondsLeft > 0}
            loading={resendMutation.isPending}
            onClick={() => void resend()}
          >
            {secondsLeft > 0 ? `重新发送（${secondsLeft} 秒）` : '重新发送验证码'}
          </Button>
          <Button type="link" onClick={onChangeAccount}>
            更换账号
          </Button>
        </Space>
      </ZodForm>
    </>
  );
}
