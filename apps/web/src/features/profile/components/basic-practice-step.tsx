import { Form, Row } from 'antd';
import { useState } from 'react';
import { practiceInfoSchema } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { MAX_PRACTICE_AREAS } from '@lx/shared/profile-options';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useSaveBasicStep } from '../api/save-basic-step';
import { BasicField } from './basic-fields';
import { BasicFormError } from './basic-form-error';
import { BasicStepActions } from './basic-step-actions';
import { StepHeading } from '@/components/step-heading';

type BasicPracticeStepProps = {
  info: BasicInfo;
  readOnly: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Step 4 执业情况. */
export function BasicPracticeStep({ info, readOnly, onPrevious, onNext }: BasicPracticeStepProps) {
  const [form] = Form.useForm();
  const save = useSaveBasicStep();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <>
      <StepHeading title="执业情况">请您按真实情况、认真填写以下执业信息。</StepHeading>
      <BasicFormError message={formError} />
      <ZodForm
        name="basic-practice"
        form={form}
        schema={practiceInfoSchema}
        disabled={readOnly}
        initialValues={{ workingLanguages: [], practiceAreas: [], ...info.practice }}
        onValuesChange={(changed: { practiceAreas?: unknown }) => {
          // Too many areas is said while choosing, not only on "下一步", with the schema's words.
          if (!Array.isArray(changed.practiceAreas)) return;
          if (changed.practiceAreas.length <= MAX_PRACTICE_AREAS) return;
          const parsed = practiceInfoSchema.shape.practiceAreas.safeParse(changed.practiceAreas);
          const message = parsed.error?.issues[0]?.message;
          if (message) form.setFields([{ name: 'practiceAreas', errors: [message] }]);
        }}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            await save.mutateAsync({ kind: 'practice', data: values });
            onNext();
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Row gutter={24}>
          <BasicField name="firstPracticeDate" />
          <BasicField name="firstPracticePlace" />
          <BasicField name="qualificationType" />
          <BasicField name="qualificationMethod" />
          <BasicField name="qualificationNo" />
          <BasicField name="qualificationDate" />
          <BasicField name="professionalTitle" />
          <BasicField name="titleDate" />
          <BasicField name="issuingAuthority" />
          <BasicField name="workingLanguages" />
          <BasicField name="practiceAreas" />
        </Row>
      </ZodForm>
      <BasicStepActions
        onPrevious={onPrevious}
        onNext={readOnly ? onNext : () => form.submit()}
        nextLoading={save.isPending}
      />
    </>
  );
}
