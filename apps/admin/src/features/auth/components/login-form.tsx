import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { loginSchema } from '@lx/shared/auth-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useLogin } from '../api/login';

/** 工作人员登录: wrong password, lock-out, rate limit and non-staff accounts come back as messages. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const [form] = Form.useForm();
  const loginMutation = useLogin();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: loginSchema });

  return (
    <ZodForm
      name="login"
      form={form}
      schema={loginSchema}
      onValuesChange={onValuesChange}
      onSubmit={async (values) => {
        const ok = await guard(() => loginMutation.mutateAsync(values));
        if (ok) onSuccess();
      }}
      requiredMark={false}
      autoComplete="on"
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label="用户名" name="login">
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          size="large"
          placeholder="请输入用户名"
        />
      </Form.Item>
      <Form.Item label="密码" name="password">
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          size="large"
          placeholder="请输入密码"
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={loginMutation.isPending}
        >
          登录
        </Button>
      </Form.Item>
    </ZodForm>
  );
}
