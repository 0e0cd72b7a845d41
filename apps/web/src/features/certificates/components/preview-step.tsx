import { Alert, App, Button, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import {
  CERTIFICATE_REVIEW_MODE_NOTES,
  type CertificateApplication,
  type CertificateType,
  type CertificateWizard,
} from '@lx/shared/certificate-schemas';
import { renderCertificateText } from '@lx/shared/certificate-template';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { StepHeading } from '@/components/step-heading';
import { useSubmitCertificateApplication } from '../api/submit-certificate-application';
import { applicationInputOf, previewValuesOf, type ApplicationDraft } from './application-draft';
import { ApplyStepActions } from './apply-step-actions';
import { CertificatePaper } from './certificate-paper';
import { paperCopiesText, recipientText } from './paper-copies-text';

type PreviewStepProps = {
  wizard: CertificateWizard;
  type: CertificateType;
  draft: ApplicationDraft;
  onPrevious: () => void;
  onSubmitted: (application: CertificateApplication) => void;
  /** A submission refused for its fields goes back to 信息填写 with the messages. */
  onFieldErrors: (fieldErrors: Record<string, string>) => void;
};

/**
 * Step 4 证明预览: the certificate exactly as it will be issued, its number and dates still to be
 * assigned; then 确认信息无误，提交申请 and how this type is reviewed.
 */
export function PreviewStep({
  wizard,
  type,
  draft,
  onPrevious,
  onSubmitted,
  onFieldErrors,
}: PreviewStepProps) {
  const { message } = App.useApp();
  const submit = useSubmitCertificateApplication();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const input = applicationInputOf(type, draft);
  const text = renderCertificateText(type, previewValuesOf(wizard, type, draft));

  const confirm = async () => {
    if (!input) return;
    setSubmitError(null);
    try {
      onSubmitted(await submit.mutateAsync(input));
    } catch (error) {
      if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0) {
        void message.error(error.message);
        onFieldErrors(error.fieldErrors);
        return;
      }
      // 403 (a type this applicant may not use), 409 (a state conflict) and the rest: the message.
      setSubmitError(errorMessage(error));
    }
  };

  return (
    <>
      <StepHeading title="证明预览">
        该页面仅作预览，请再次确认信息是否有误。证明编号和日期在审核通过、签发证明时生成。
      </StepHeading>
      {submitError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={submitError}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Flex vertical gap={16}>
        <CertificatePaper text={text} associationName={wizard.associationName} label="证明预览" />
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
          style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}
          items={[
            { key: 'type', label: '证明类型', children: type.name },
            { key: 'email', label: '联系邮箱', children: draft.contactEmail },
            { key: 'paper', label: '纸质证明', children: paperCopiesText(draft.paper) },
            ...(draft.paper.needed && draft.paper.pickup === 'MAIL'
              ? [{ key: 'recipient', label: '收件信息', children: recipientText(draft.paper) }]
              : []),
          ]}
        />
      </Flex>
      <ApplyStepActions
        onPrevious={onPrevious}
        hint={
          <Typography.Text type="secondary" style={{ fontSize: 13, textAlign: 'center' }}>
            {CERTIFICATE_REVIEW_MODE_NOTES[type.reviewMode]}
          </Typography.Text>
        }
      >
        <Button
          type="primary"
          loading={submit.isPending}
          disabled={!input}
          onClick={() => void confirm()}
        >
          确认信息无误，提交申请
        </Button>
      </ApplyStepActions>
    </>
  );
}
