import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Upload, type UploadFile } from 'antd';
import { ticketMessageInputSchema } from '@lx/shared/ticket-schemas';
import { MAX_TICKET_ATTACHMENTS } from '@lx/shared/upload-limits';
import { ZodForm } from '@lx/ui/zod-form';
import { z } from 'zod';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useReplyTicket } from '../api/reply-ticket';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, attachmentProblem } from './ticket-attachment-rules';

// The shared message schema, plus the files picked in 附件 (kept in the browser until sent).
const ticketReplyFormSchema = ticketMessageInputSchema.extend({
  attachments: z
    .array(z.custom<UploadFile>((value) => typeof value === 'object' && value !== null))
    .max(MAX_TICKET_ATTACHMENTS, { error: `附件不能超过 ${MAX_TICKET_ATTACHMENTS} 个` })
    .superRefine((files, ctx) => {
      const problem = files.map(attachmentProblem).find((p) => p !== null);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
});
type TicketReplyFormValues = z.infer<typeof ticketReplyFormSchema>;

function filesOf(list: UploadFile[] | undefined): File[] {
  return (list ?? []).flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));
}

function uploadList(event: { fileList: UploadFile[] } | UploadFile[]): UploadFile[] {
  return Array.isArray(event) ? event : event.fileList;
}

/** 回复工单: the reply the member reads (and is notified of), with images or PDFs attached. */
export function TicketReplyForm({ ticketId }: { ticketId: string }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const reply = useReplyTicket();
  const { alert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: ticketReplyFormSchema,
  });

  const submit = async (values: TicketReplyFormValues) => {
    await guard(async () => {
      try {
        await reply.mutateAsync({
          id: ticketId,
          body: values.body,
          files: filesOf(values.attachments),
        });
        void message.success('回复已发送');
        form.resetFields();
      } catch (error) {
        // 409: the ticket was closed or cancelled meanwhile; the page reloads it.
        if (isConflict(error)) {
          void message.error(error.message);
          return;
        }
        throw error;
      }
    });
  };

  const beforeUpload = (file: File) => {
    const problem = attachmentProblem(file);
    if (!problem) return false;
    void message.error(problem);
    return Upload.LIST_IGNORE;
  };

  return (
    <Card title="回复工单">
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="ticket-reply"
        form={form}
        schema={ticketReplyFormSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <Form.Item label="回复内容" name="body" required>
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={5000}
            showCount
            placeholder="请输入回复内容，提交人将收到站内通知"
          />
        </Form.Item>
        <Form.Item
          label="附件"
          name="attachments"
          valuePropName="fileList"
          getValueFromEvent={uploadList}
          extra={ATTACHMENT_HINT}
        >
          <Upload multiple accept={ATTACHMENT_ACCEPT} beforeUpload={beforeUpload}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={reply.isPending}>
          发送回复
        </Button>
      </ZodForm>
    </Card>
  );
}
