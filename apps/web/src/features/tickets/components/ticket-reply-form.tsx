import { Alert, App, Button, Form, Input, type UploadFile } from 'antd';
import { useState } from 'react';
import { ticketMessageInputSchema, type TicketDetail } from '@lx/shared/ticket-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useReplyToTicket } from '../api/reply-to-ticket';
import { AttachmentUpload, attachmentFiles } from '@/components/attachment-upload';

type TicketReplyFormProps = {
  ticket: TicketDetail;
  /** After a refusal because the ticket moved on (409): the page reloads it. */
  onConflict: () => void;
};

/** 追问: a follow-up with optional files, while the ticket is open. */
export function TicketReplyForm({ ticket, onConflict }: TicketReplyFormProps) {
  const { message } = App.useApp();
  const reply = useReplyToTicket();
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <ZodForm
      name="ticket-reply"
      form={form}
      schema={ticketMessageInputSchema}
      onSubmit={async (values) => {
        setFormError(null);
        const files = attachmentFiles(form.getFieldValue('attachments') as UploadFile[]);
        try {
          await reply.mutateAsync({ id: ticket.id, input: values, files });
          form.resetFields();
          void message.success('已发送');
        } catch (error) {
          if (error instanceof ApiRequestError && error.status === 409) {
            void message.error(errorMessage(error));
            onConflict();
            return;
          }
          setFormError(formErrorMessage(error));
        }
      }}
    >
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item label="追问内容" name="body" required>
        <Input.TextArea
          rows={4}
          maxLength={5000}
          showCount
          placeholder="补充说明问题，或回复协会工作人员"
        />
      </Form.Item>
      <Form.Item label="附件" name="attachments">
        <AttachmentUpload disabled={reply.isPending} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={reply.isPending}>
        发送
      </Button>
    </ZodForm>
  );
}
