import { Alert, App, Form, Input, Modal } from 'antd';
import { createStaffSchema, type CreateStaffInput } from '@lx/shared/staff-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCreateStaff } from '../api/create-staff';
import { InitialPasswordField } from './initial-password-field';
import { RoleSelect } from './role-select';

/** 新建工作人员: 用户名, 姓名, 角色, 初始密码. */
export function StaffCreateModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const create = useCreateStaff();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: createStaffSchema });

  const submit = async (input: CreateStaffInput) => {
    const ok = await guard(() => create.mutateAsync(input));
    if (!ok) return;
    void message.success(
      `已创建账号 ${input.username}，请将用户名和初始密码告知 ${input.displayName} 本人`,
    );
    onClose();
  };

  return (
    <Modal
      open
      title="新建工作人员"
      okText="创建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="staff-create"
        form={form}
        schema={createStaffSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        initialValues={{ roles: [] }}
        autoComplete="off"
      >
        <Form.Item
          label="用户名"
          name="username"
          required
          extra="登录用，3–32 位小写字母、数字、下划线、点或连字符，以字母开头；创建后不能修改"
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" required>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="角色" name="roles" required>
          <RoleSelect />
        </Form.Item>
        <InitialPasswordField />
      </ZodForm>
    </Modal>
  );
}
