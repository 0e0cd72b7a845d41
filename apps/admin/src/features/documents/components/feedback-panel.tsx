import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Avatar,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Spin,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import {
  feedbackInputSchema,
  type Feedback,
  type StaffDocument,
} from '@lx/shared/document-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { z } from 'zod';
import { QueryError } from '@/components/query-error';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useFeedback, useReplyToFeedback } from '../api/feedback';
import { AttachmentLink } from './document-attachments-card';
import {
  FEEDBACK_ATTACHMENT_ACCEPT,
  FEEDBACK_ATTACHMENT_HINT,
  feedbackAttachmentProblem,
} from './document-attachment-rules';

// The shared feedback schema, plus the one file picked in 附件 (kept in the browser until sent).
const replyFormSchema = feedbackInputSchema.extend({
  attachment: z
    .array(z.custom<UploadFile>((value) => typeof value === 'object' && value !== null))
    .max(1, { error: '只能附一个文件' })
    .optional(),
});
type ReplyFormValues = z.infer<typeof replyFormSchema>;

function uploadList(event: { fileList: UploadFile[] } | UploadFile[]): UploadFile[] {
  return Array.isArray(event) ? event : event.fileList;
}

function FeedbackMessage({ item }: { item: Feedback }) {
  return (
    <Flex gap={12} align="flex-start">
      <Avatar
        aria-hidden
        style={{ flexShrink: 0, backgroundColor: item.fromStaff ? '#1677ff' : '#9f1d20' }}
      >
        {item.authorName.slice(0, 1) || (item.fromStaff ? '协' : '反')}
      </Avatar>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex wrap gap={8} align="baseline">
          <Typography.Text strong>{item.authorName}</Typography.Text>
          {item.fromStaff ? <Tag color="blue">协会回复</Tag> : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
          </Typography.Text>
        </Flex>
        <div
          style={{
            marginTop: 4,
            padding: '8px 12px',
            borderRadius: 6,
            background: item.fromStaff ? '#f0f5ff' : '#fafafa',
            overflowWrap: 'anywhere',
          }}
        >
          <div style={{ whiteSpace: 'pre-wrap' }}>{item.body}</div>
          {item.attachments.length > 0 ? (
            <Flex vertical gap={2} style={{ marginTop: 8 }}>
              {item.attachments.map((attachment) => (
                <AttachmentLink key={attachment.id} attachment={attachment} />
              ))}
            </Flex>
          ) : null}
        </div>
      </div>
    </Flex>
  );
}

/** 回复: the association's answer, with at most one file; the thread shows it as 协会回复. */
function ReplyForm({ documentId }: { documentId: string }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const reply = useReplyToFeedback();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: replyFormSchema });

  const submit = async (values: ReplyFormValues) => {
    await guard(async () => {
      try {
        await reply.mutateAsync({
          documentId,
          body: values.body,
          file: values.attachment?.[0]?.originFileObj ?? null,
        });
        void message.success('回复已发送');
        form.resetFields();
      } catch (error) {
        // 409: the document was withdrawn meanwhile; the page reloads it.
        if (isConflict(error)) {
          void message.error(error.message);
          return;
        }
        throw error;
      }
    });
  };

  const beforeUpload = (file: File) => {
    const problem = feedbackAttachmentProblem(file);
    if (!problem) return false;
    void message.error(problem);
    return Upload.LIST_IGNORE;
  };

  return (
    <>
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="document-reply"
        form={form}
        schema={replyFormSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <Form.Item label="回复内容" name="body" required>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={2000}
            showCount
            placeholder="回复将以“协会回复”显示给收件人"
          />
        </Form.Item>
        <Form.Item
          label="附件"
          name="attachment"
          valuePropName="fileList"
          getValueFromEvent={uploadList}
          extra={FEEDBACK_ATTACHMENT_HINT}
        >
          <Upload maxCount={1} accept={FEEDBACK_ATTACHMENT_ACCEPT} beforeUpload={beforeUpload}>
            <Button icon={<UploadOutlined aria-hidden />}>选择文件</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={reply.isPending}>
          回复
        </Button>
      </ZodForm>
    </>
  );
}

/**
 * 反馈情况: what recipients sent back and the association's replies, oldest first; a reply form
 * while the document is in circulation (a withdrawn one takes no new feedback).
 */
export function FeedbackPanel({ document }: { document: StaffDocument }) {
  const thread = useFeedback(document.id);
  const open = document.publishedAt !== null && document.withdrawnAt === null;

  return (
    <Card title="反馈情况">
      <Flex vertical gap={24}>
        {thread.isPending ? (
          <Flex justify="center">
            <Spin />
          </Flex>
        ) : thread.isError ? (
          <QueryError error={thread.error} onRetry={() => void thread.refetch()} />
        ) : thread.data.length === 0 ? (
          <Typography.Text type="secondary">暂无反馈</Typography.Text>
        ) : (
          <Flex vertical gap={20} role="list" aria-label="反馈">
            {thread.data.map((item) => (
              <div role="listitem" key={item.id}>
                <FeedbackMessage item={item} />
              </div>
            ))}
          </Flex>
        )}
        {open ? (
          <ReplyForm documentId={document.id} />
        ) : (
          <Typography.Text type="secondary">公文已撤回，不再接收反馈和回复。</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
