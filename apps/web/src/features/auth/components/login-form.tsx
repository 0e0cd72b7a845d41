import { CloseCircleFilled } from '@ant-design/icons';
import { Button, Form, theme } from 'antd';
// The field and the password field alone, not antd's whole Input (TextArea, Search, OTP and their
// icons): the login page's weight budget (issue 19, bench/page-weight.ts).
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useState } from 'react';
import { Link } from 'react-router';
import { loginSchema } from '@lx/shared/auth-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form-error';
import { useLogin } from '../api/login';

type LoginFormProps = { onLoggedIn: () => void };

export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const loginMutation = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const { token } = theme.useToken();

  return (
    <>
      {/* Drawn like antd's error Alert, without its script: the login page is the first page of a
          visit on a slow phone and carries no more than it needs (issue 19). */}
      {formError ? (
        <div
          role="alert"
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            marginBottom: 16,
            padding: '8px 12px',
            background: token.colorErrorBg,
            border: `1px solid ${token.colorErrorBorder}`,
            borderRadius: token.borderRadiusLG,
            color: token.colorText,
            lineHeight: token.lineHeight,
          }}
        >
          <CloseCircleFilled aria-hidden style={{ color: token.colorError }} />
          <span>{formError}</span>
        </div>
      ) : null}
      <ZodForm
        name="login"
        schema={loginSchema}
        initialValues={{ portal: 'member' }}
        requiredMark={false}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            await loginMutation.mutateAsync({ login: values.login, password: values.password });
            onLoggedIn();
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Form.Item name="portal" hidden>
          <Input />
        </Form.Item>
        <Form.Item label="账号" name="login">
          <Input
            placeholder="执业证号 / 会员编号"
            autoComplete="username"
            size="large"
            maxLength={64}
          />
        </Form.Item>
        <Form.Item label="密码" name="password">
          <Password placeholder="请输入密码" autoComplete="current-password" size="large" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={loginMutation.isPending}
          >
            登录
          </Button>
        </Form.Item>
        <div style={{ textAlign: 'right' }}>
          <Link to={paths.forgotPassword.getHref()}>忘记密码？</Link>
        </div>
      </ZodForm>
    </>
  );
}
