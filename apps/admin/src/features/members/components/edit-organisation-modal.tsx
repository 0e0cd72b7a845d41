import { Alert, App, Form, Modal } from 'antd';
import {
  organisationUpdateSchema,
  type OrganisationDetail,
  type OrganisationUpdateInput,
} from '@lx/shared/member-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useUpdateOrganisation } from '../api/organisations';
import { OrganisationFormFields } from './organisation-form-fields';

/** 编辑机构: name, licence, address, phone, head, kind and state, with the reason. */
export function EditOrganisationModal({
  organisation,
  onClose,
}: {
  organisation: OrganisationDetail;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const update = useUpdateOrganisation(organisation.id);
  const { alert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: organisationUpdateSchema,
  });
  const [initialValues] = useState(() => ({
    kind: organisation.kind,
    name: organisation.name,
    licenceNo: organisation.licenceNo ?? '',
    address: organisation.address ?? '',
    phone: organisation.phone ?? '',
    headName: organisation.headName ?? '',
    status: organisation.status,
    reason: '',
  }));

  const submit = async (input: OrganisationUpdateInput) => {
    if (await guard(() => update.mutateAsync(input))) {
      void message.success('已保存');
      onClose();
    }
  };

  return (
    <Modal
      open
      title={`编辑机构：${organisation.name}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="organisation-edit"
        form={form}
        schema={organisationUpdateSchema}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
        layout="vertical"
      >
        <OrganisationFormFields editing />
      </ZodForm>
    </Modal>
  );
}
