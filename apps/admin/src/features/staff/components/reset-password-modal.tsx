import { Alert, App, Form, Modal } from 'antd';
import { resetStaffPasswordSchema, type StaffAccount } from '@lx/shared/staff-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useResetStaffPassword } from '../api/reset-staff-password';
import { InitialPasswordField } from './initial-password-field';

/** 重设密码: a new initial password, which the person must change at the next login. */
export function ResetPasswordModal({
  staff,
  onClose,
}: {
  staff: StaffAccount;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const reset = useResetStaffPassword();
  const { alert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: resetStaffPasswordSchema,
  });

  const submit = async ({ initialPassword }: { initialPassword: string }) => {
    const ok = await guard(() => reset.mutateAsync({ id: staff.id, initialPassword }));
    if (!ok) return;
    void message.success(`已重设 ${staff.displayName} 的密码，请将新的初始密码告知本人`);
    onClose();
  };

  return (
    <Modal
      open
      title={`重设密码：${staff.displayName}（${staff.username}）`}
      okText="重设密码"
      cancelText="取消"
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Alert
        type="info"
        showIcon
        title="重设后，本人下次登录时须先修改密码。"
        style={{ marginBottom: 16 }}
      />
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="staff-reset-password"
        form={form}
        schema={resetStaffPasswordSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <InitialPasswordField />
      </ZodForm>
    </Modal>
  );
}
