import { Alert, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { CertificateType, RosterLawyer } from '@lx/shared/certificate-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { applyFieldErrors, ZodForm } from '@lx/ui/zod-form';
import { StepHeading } from '@/components/step-heading';
import {
  detailsSchemaOf,
  draftWithDetails,
  lawyerLabel,
  parseApplicationDraft,
  type ApplicationDraft,
} from './application-draft';
import { ApplyStepActions } from './apply-step-actions';
import { CertificateFieldInput } from './certificate-field-input';
import { detailsFieldPaths, placeFieldErrors } from './field-errors';
import { PaperCopiesFields } from './paper-copies-fields';

const REFUSED = '提交未通过校验，请按提示修改后再提交';

/** 选择律师: the organisation's current lawyers (a lawyer: just themself), found by name. */
function LawyerSelect({ roster }: { roster: RosterLawyer[] }) {
  return (
    <Form.Item label="选择律师" name="lawyerIds" extra="证明将列明所选律师">
      <Select
        mode="multiple"
        placeholder="请选择律师（可多选）"
        showSearch={{ optionFilterProp: 'label' }}
        options={roster.map((lawyer) => ({ label: lawyerLabel(lawyer), value: lawyer.id }))}
      />
    </Form.Item>
  );
}

type DetailsStepProps = {
  type: CertificateType;
  roster: RosterLawyer[];
  draft: ApplicationDraft;
  /** The server's field errors of a refused submission, shown on the fields on arrival. */
  returnedErrors: Record<string, string> | null;
  /** 上一步 keeps what was typed, checked or not. */
  onPrevious: (draft: ApplicationDraft) => void;
  /** Saves the checked input and moves on; rejects when the server refuses. */
  onNext: (draft: ApplicationDraft) => Promise<void>;
  nextLoading: boolean;
};

/** Step 3 信息填写: the type's own fields, 联系邮箱, 律师 and 纸质证明, checked before going on. */
export function DetailsStep({
  type,
  roster,
  draft,
  returnedErrors,
  onPrevious,
  onNext,
  nextLoading,
}: DetailsStepProps) {
  const [form] = Form.useForm();
  const schema = useMemo(() => detailsSchemaOf(type), [type]);
  const fieldPaths = useMemo(() => detailsFieldPaths(type), [type]);
  const returned = useMemo(
    () => (returnedErrors ? placeFieldErrors(returnedErrors, fieldPaths) : null),
    [returnedErrors, fieldPaths],
  );
  // null: the returned submission's message (if any) still applies; after a try, that try's.
  const [formError, setFormError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const shownError = tried ? formError : returned ? returned.unplaced.join('；') || REFUSED : null;

  useEffect(() => {
    if (returned) applyFieldErrors(form, returned.placed);
  }, [form, returned]);

  const [initialValues] = useState(() => ({
    values: draft.values,
    contactEmail: draft.contactEmail,
    lawyerIds: draft.lawyerIds,
    paper: { ...draft.paper, quantity: draft.paper.quantity ?? 1 },
  }));

  const keepTyped = () => {
    const typed: unknown = form.getFieldsValue(true);
    onPrevious({ ...parseApplicationDraft(typed), typeId: type.id });
  };

  return (
    <>
      <StepHeading title="信息填写">
        请填写申请信息，<Typography.Text type="danger">*</Typography.Text>
        为必填项。申请通过后，可将电子证明发送到联系邮箱。
      </StepHeading>
      {shownError ? (
        <Alert type="error" showIcon role="alert" title={shownError} style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="certificate-details"
        form={form}
        schema={schema}
        initialValues={initialValues}
        onSubmit={async (details) => {
          setTried(true);
          setFormError(null);
          try {
            await onNext(draftWithDetails(draft, type, details));
          } catch (error) {
            if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0) {
              const { placed, unplaced } = placeFieldErrors(error.fieldErrors, fieldPaths);
              applyFieldErrors(form, placed);
              setFormError(unplaced.join('；') || null);
              return;
            }
            setFormError(errorMessage(error));
          }
        }}
      >
        {type.fields.length > 0 ? (
          <Row gutter={24}>
            {type.fields.map((field) => (
              <Col key={field.name} xs={24} md={field.kind === 'textarea' ? 24 : 12}>
                <CertificateFieldInput field={field} />
              </Col>
            ))}
          </Row>
        ) : null}
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              label="联系邮箱"
              name="contactEmail"
              required
              extra="申请通过后，可将电子证明发送到该邮箱"
            >
              <Input maxLength={100} inputMode="email" autoComplete="email" />
            </Form.Item>
          </Col>
        </Row>
        {type.namesLawyers ? <LawyerSelect roster={roster} /> : null}
        <PaperCopiesFields />
      </ZodForm>
      <ApplyStepActions
        onPrevious={keepTyped}
        onNext={() => form.submit()}
        nextLoading={nextLoading}
      />
    </>
  );
}
