import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { MemberDocument } from '@lx/shared/document-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useSendFeedback } from '../api/send-feedback';
import { feedbackFile, feedbackFormSchema, type FeedbackFormValues } from './feedback-attachment';
import { FeedbackAttachmentUpload } from './feedback-attachment-upload';

export const FEEDBACK_CLOSED_MESSAGE = '公文已撤回，不再接收反馈';

const INITIAL_VALUES: FeedbackFormValues = { body: '', attachments: [] };

/**
 * 反馈: text and at most one file. Once the document is withdrawn the form stays where it is,
 * disabled, with the reason above it (what was typed is not thrown away).
 */
export function FeedbackForm({
  document,
}: {
  document: Pick<MemberDocument, 'id' | 'canFeedback'>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FeedbackFormValues>();
  const send = useSendFeedback();
  const [refusal, setRefusal] = useState<string | null>(null);
  const closed = !document.canFeedback;

  return (
    <ZodForm
      name="document-feedback"
      form={form}
      schema={feedbackFormSchema}
      initialValues={INITIAL_VALUES}
      disabled={closed}
      style={{ maxWidth: 720 }}
      onSubmit={async ({ body, attachments }) => {
        setRefusal(null);
        try {
          await send.mutateAsync({
            documentId: document.id,
            input: { body },
            file: feedbackFile(attachments),
          });
          // After our own submit, not because data arrived: the next feedback starts empty.
          form.resetFields();
          void message.success('反馈已提交');
        } catch (error) {
          if (error instanceof ApiRequestError && error.status === 409) {
            // Withdrawn meanwhile: the page reloads the document and disables the form.
            setRefusal(errorMessage(error));
            return;
          }
          setRefusal(formErrorMessage(error));
        }
      }}
    >
      {closed ? (
        <Alert
          type="warning"
          showIcon
          title={FEEDBACK_CLOSED_MESSAGE}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {refusal && !closed ? (
        <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item label="反馈内容" name="body" required>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="请输入反馈内容" />
      </Form.Item>
      <Form.Item label="附件" name="attachments">
        <FeedbackAttachmentUpload disabled={closed || send.isPending} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending}>
        提交反馈
      </Button>
    </ZodForm>
  );
}
