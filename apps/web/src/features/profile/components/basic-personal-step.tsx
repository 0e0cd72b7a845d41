import { Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { personalInfoSchema, type PersonalInfo } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { SECTION_DEFS } from '@lx/shared/profile-sections';
import { ZodForm } from '@lx/ui/zod-form';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form-error';
import { useSaveBasicStep } from '../api/save-basic-step';
import { BasicField } from './basic-fields';
import { BasicFormError } from './basic-form-error';
import { BasicStepActions } from './basic-step-actions';
import { StepHeading } from '@/components/step-heading';

const FORM_NAME = 'basic-personal';
const EDUCATION_ID = `${FORM_NAME}_education`;

/** What the form starts with: the draft, or the ID card from the licence data when there is none. */
function initialPersonal(info: BasicInfo): Partial<PersonalInfo> {
  return {
    idType: '身份证',
    idNumber: info.practiceRecord.idNo,
    politicalAffiliations: [],
    ...info.personal,
  };
}

function educationText(education: BasicInfo['education']): string {
  const parts = [education.level, education.degree].filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : '尚未登记教育经历';
}

type BasicPersonalStepProps = {
  info: BasicInfo;
  readOnly: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Step 3 基本信息. */
export function BasicPersonalStep({ info, readOnly, onPrevious, onNext }: BasicPersonalStepProps) {
  const [form] = Form.useForm();
  const save = useSaveBasicStep();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <>
      <StepHeading title="基本信息">请您按真实情况、认真填写以下个人信息。</StepHeading>
      <BasicFormError message={formError} />
      <ZodForm
        name={FORM_NAME}
        form={form}
        schema={personalInfoSchema}
        disabled={readOnly}
        initialValues={initialPersonal(info)}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            await save.mutateAsync({ kind: 'personal', data: values });
            onNext();
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Row gutter={24}>
          <BasicField name="idType" />
          <BasicField name="idNumber" />
          <BasicField name="formerName" />
          <BasicField name="birthDate" />
          <BasicField name="residency" />
          <BasicField name="maritalStatus" />
          <BasicField name="firstWorkDate" />
          <BasicField name="joinedOrganisationDate" />
          <BasicField name="ethnicity" />
          <BasicField name="nativePlace" />
          <BasicField name="hukouPlace" />
          <BasicField name="hukouAddress" />
          <BasicField name="politicalAffiliations" />
          <BasicField name="partyOrganisation" />
          <BasicField name="fileLocation" />
          <BasicField name="fileAuthority" />
          <BasicField name="fileNumber" />
          <BasicField name="socialInsuranceNo" />
        </Row>
        <Form.Item
          label="教育情况"
          htmlFor={EDUCATION_ID}
          extra={
            <>
              毕业院校、学历、学位、专业等信息，请在
              <Link to={paths.profileSection.getHref(SECTION_DEFS.EDUCATION.slug)}>教育经历</Link>
              中进行登记。系统会根据教育经历中的最高学历和学位进行设置。
            </>
          }
        >
          {/* Derived from the education records, never typed here: read-only even in completion. */}
          <Input
            id={EDUCATION_ID}
            value={educationText(info.education)}
            readOnly
            variant="filled"
          />
        </Form.Item>
      </ZodForm>
      <Typography.Paragraph type="warning" style={{ margin: 0 }}>
        以上信息非常重要，请确保登记正确。
      </Typography.Paragraph>
      <BasicStepActions
        onPrevious={onPrevious}
        onNext={readOnly ? onNext : () => form.submit()}
        nextLoading={save.isPending}
      />
    </>
  );
}
