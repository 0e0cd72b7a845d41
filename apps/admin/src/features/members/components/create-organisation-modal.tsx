import { Alert, Descriptions, Form, Modal, Typography } from 'antd';
import {
  organisationCreateSchema,
  type CreatedOrganisation,
  type OrganisationCreateInput,
} from '@lx/shared/member-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCreateOrganisation } from '../api/organisations';
import { OrganisationFormFields } from './organisation-form-fields';

/**
 * 新建机构 with its account. The answer shows the login and the initial password once: staff hand
 * them over; the organisation must change the password at first sign-in.
 */
export function CreateOrganisationModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useCreateOrganisation();
  const { alert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: organisationCreateSchema,
  });
  const [created, setCreated] = useState<CreatedOrganisation | null>(null);
  const [initialValues] = useState({ kind: 'LAW_FIRM' });

  const submit = async (input: OrganisationCreateInput) => {
    await guard(async () => setCreated(await create.mutateAsync(input)));
  };

  if (created) {
    return (
      <Modal
        open
        title="机构已创建"
        okText="我已记下"
        onOk={onClose}
        onCancel={onClose}
        cancelButtonProps={{ style: { display: 'none' } }}
        mask={{ closable: false }}
      >
        <Alert
          type="warning"
          showIcon
          title="初始密码只显示这一次，请转交机构；首次登录须修改密码。"
          style={{ marginBottom: 16 }}
        />
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="机构名称">{created.organisation.name}</Descriptions.Item>
          <Descriptions.Item label="会员编号">{created.organisation.memberNo}</Descriptions.Item>
          <Descriptions.Item label="登录账号">
            <Typography.Text copyable>{created.login}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="初始密码">
            <Typography.Text copyable>{created.initialPassword}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Modal>
    );
  }

  return (
    <Modal
      open
      title="新建机构"
      okText="创建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="organisation-create"
        form={form}
        schema={organisationCreateSchema}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
        layout="vertical"
      >
        <OrganisationFormFields editing={false} />
      </ZodForm>
    </Modal>
  );
}
