import { Alert, App, Form, Input, Modal, Switch } from 'antd';
import {
  updateStaffSchema,
  type StaffAccount,
  type UpdateStaffInput,
} from '@lx/shared/staff-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useUpdateStaff } from '../api/update-staff';
import { RoleSelect } from './role-select';

type Props = { staff: StaffAccount; isSelf: boolean; onClose: () => void };

/** 编辑工作人员: 姓名, 角色, 停用. */
export function StaffEditModal({ staff, isSelf, onClose }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const update = useUpdateStaff();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: updateStaffSchema });

  const submit = async (input: UpdateStaffInput) => {
    const ok = await guard(() => update.mutateAsync({ id: staff.id, input }));
    if (!ok) return;
    void message.success('已保存');
    onClose();
  };

  return (
    <Modal
      open
      title={`编辑工作人员：${staff.username}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="staff-edit"
        form={form}
        schema={updateStaffSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        initialValues={{
          displayName: staff.displayName,
          roles: staff.roles,
          disabled: staff.disabled,
        }}
      >
        <Form.Item label="姓名" name="displayName" required>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="角色" name="roles" required>
          <RoleSelect />
        </Form.Item>
        <Form.Item
          label="停用"
          name="disabled"
          valuePropName="checked"
          extra={isSelf ? '不能停用自己的账号' : '停用后该账号不能再登录，已有的登录随即失效'}
        >
          <Switch disabled={isSelf} />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}
