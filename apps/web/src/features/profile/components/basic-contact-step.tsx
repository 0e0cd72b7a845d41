import { Alert, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { contactInfoSchema, type ContactInfo } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { useCurrentAccount } from '@lx/ui/current-account';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useSaveBasicStep } from '../api/save-basic-step';
import { BasicField } from './basic-fields';
import { BasicFormError } from './basic-form-error';
import { BasicStepActions } from './basic-step-actions';
import { StepHeading } from '@/components/step-heading';

type BasicContactStepProps = {
  info: BasicInfo;
  readOnly: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Step 5 联系方式. */
export function BasicContactStep({ info, readOnly, onPrevious, onNext }: BasicContactStepProps) {
  const account = useCurrentAccount();
  const [form] = Form.useForm();
  const save = useSaveBasicStep();
  const [formError, setFormError] = useState<string | null>(null);
  // Without a draft, start from what the account settings already hold rather than from nothing.
  const initial: Partial<ContactInfo> = info.contact ?? {
    mobile: account.mobile ?? undefined,
    email: account.email ?? undefined,
    postcode: account.postcode ?? undefined,
  };

  return (
    <>
      <StepHeading title="联系方式">
        请您认真<Typography.Text strong>填写</Typography.Text>联系方式。
      </StepHeading>
      <BasicFormError message={formError} />
      <ZodForm
        name="basic-contact"
        form={form}
        schema={contactInfoSchema}
        disabled={readOnly}
        initialValues={initial}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            await save.mutateAsync({ kind: 'contact', data: values });
            onNext();
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Row gutter={24}>
          <BasicField name="mobile" />
          <BasicField name="address" />
          <BasicField name="postcode" />
          <BasicField name="phone" />
          <BasicField name="email" />
          <BasicField name="fax" />
          <BasicField name="wechat" />
          <BasicField name="qq" />
          <BasicField name="emergencyContact" />
          <BasicField name="emergencyPhone" />
          <BasicField name="website" />
        </Row>
      </ZodForm>
      <Alert
        type="info"
        showIcon
        title="律师协会会通过手机号码、电子邮箱等多种方式将重要通知、信息推送给您。"
        description="请注意手机号码、联系电话、电子邮箱、个人网站的格式，如：联系电话 0769-22123456，个人网站 https://example.com。"
      />
      <BasicStepActions
        onPrevious={onPrevious}
        onNext={readOnly ? onNext : () => form.submit()}
        nextLoading={save.isPending}
      />
    </>
  );
}
