import { Alert, Button, Form, Input } from 'antd';
import { changePasswordSchema } from '@lx/shared/auth-schemas';
import { PASSWORD_MIN_LENGTH } from '@lx/shared/password-policy';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useChangePassword } from '../api/change-password';

/** 旧密码 / 新密码 / 确认密码: used by the forced change at first login and by 修改密码. */
export function ChangePasswordForm({ onSuccess }: { onSuccess?: () => void }) {
  const [form] = Form.useForm();
  const mutation = useChangePassword();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: changePasswordSchema });

  return (
    <ZodForm
      name="change-password"
      form={form}
      schema={changePasswordSchema}
      onValuesChange={onValuesChange}
      onSubmit={async (values) => {
        const ok = await guard(() => mutation.mutateAsync(values));
        if (!ok) return;
        form.resetFields();
        onSuccess?.();
      }}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label="旧密码" name="oldPassword" required>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        required
        extra={`至少 ${PASSWORD_MIN_LENGTH} 位，不能全为数字，不能与旧密码相同`}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label="确认密码" name="confirmPassword" required>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          确认修改
        </Button>
      </Form.Item>
    </ZodForm>
  );
}
