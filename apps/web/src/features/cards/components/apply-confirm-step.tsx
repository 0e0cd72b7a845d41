import { Alert, App, Button, Checkbox, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import {
  cardApplicationInputSchema,
  type CardApplication,
  type CardOverview,
  type CardPhotoSource,
} from '@lx/shared/card-schemas';
import { REPLACEMENT_REASONS, type CardApplicationKind } from '@lx/shared/card-workflow';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useSubmitCardApplication } from '../api/submit-card-application';
import { ApplyStepActions } from './apply-step-actions';
import { StepHeading } from '@/components/step-heading';
import { IdPhotoFrame } from '@/components/id-photo-frame';
import { chosenPhotoUrl } from './chosen-photo';
import { ApplicantDescriptions } from './practice-descriptions';

type ApplyConfirmStepProps = {
  kind: CardApplicationKind;
  overview: CardOverview;
  source: CardPhotoSource;
  onPrevious: () => void;
  onSubmitted: (application: CardApplication) => void;
};

/** Step 3 确认信息: what the application form will show; tick, (换卡) give the reason, submit. */
export function ApplyConfirmStep({
  kind,
  overview,
  source,
  onPrevious,
  onSubmitted,
}: ApplyConfirmStepProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = useSubmitCardApplication();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <>
      <StepHeading title="确认信息">
        请您<Typography.Text strong>确认</Typography.Text>
        以下信息无误后，勾选“以上信息确认无误”，点击“申请会员卡”提交会员卡申请。
      </StepHeading>
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="card-application"
        form={form}
        schema={cardApplicationInputSchema}
        initialValues={{ kind, photo: source }}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            const application = await submit.mutateAsync(values);
            void message.success('已提交成功');
            onSubmitted(application);
          } catch (error) {
            const text = formErrorMessage(error);
            // 409: this kind cannot be applied for now. The overview is refetched and the page then
            // shows why in place of the wizard, so the refusal is a message that outlives the step.
            if (error instanceof ApiRequestError && error.status === 409) void message.error(text);
            else setFormError(text);
          }
        }}
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} md={18}>
            <ApplicantDescriptions data={overview.practice} />
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="photo" label="证件照片" style={{ marginBottom: 0 }}>
              <IdPhotoFrame url={chosenPhotoUrl(overview, source)} alt="申请使用的证件照" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" hidden>
          <Input />
        </Form.Item>
        {kind === 'REPLACEMENT' ? (
          <Form.Item name="reason" label="换卡原因" required style={{ marginTop: 16 }}>
            <Radio.Group
              aria-label="换卡原因"
              options={REPLACEMENT_REASONS.map((reason) => ({ label: reason, value: reason }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="confirmed"
          valuePropName="checked"
          style={{ marginTop: 16, marginBottom: 0 }}
        >
          <Checkbox>以上信息确认无误</Checkbox>
        </Form.Item>
      </ZodForm>
      <ApplyStepActions onPrevious={onPrevious}>
        <Button type="primary" loading={submit.isPending} onClick={() => form.submit()}>
          申请会员卡
        </Button>
      </ApplyStepActions>
    </>
  );
}
