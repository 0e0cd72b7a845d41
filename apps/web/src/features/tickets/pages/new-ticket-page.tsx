import { Alert, App, Button, Card, Flex, Form, Input, Select, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DUPLICATE_LAWYER_TICKET } from '@lx/shared/roster-schemas';
import {
  TICKET_CATEGORIES,
  ticketInputSchema,
  ticketLinkSchema,
  type TicketCategory,
} from '@lx/shared/ticket-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form-error';
import { useCreateTicket } from '../api/create-ticket';
import { AttachmentUpload, attachmentFiles } from '@/components/attachment-upload';
import { TicketLink } from '../components/ticket-link';

/** The form's first values from the query string other pages link with; anything invalid is dropped. */
function prefillFrom(params: URLSearchParams) {
  const category = params.get('category');
  const link = ticketLinkSchema.safeParse(params.get('link') ?? '');
  return {
    category: (TICKET_CATEGORIES as readonly string[]).includes(category ?? '')
      ? (category as TicketCategory)
      : undefined,
    title: params.get('title')?.slice(0, 100) ?? '',
    description: '',
    link: link.success && link.data !== '' ? link.data : undefined,
  };
}

export function NewTicketPage() {
  const [searchParams] = useSearchParams();
  // A link from another page with other context starts a fresh form.
  return <NewTicketForm key={searchParams.toString()} searchParams={searchParams} />;
}

function NewTicketForm({ searchParams }: { searchParams: URLSearchParams }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const createTicket = useCreateTicket();
  const [formError, setFormError] = useState<string | null>(null);
  const [initialValues] = useState(() => prefillFrom(searchParams));
  const [form] = Form.useForm();
  // 添加律师 refused a duplicate: the association needs the lawyer's licence to sort it out.
  const duplicateLawyer = initialValues.title === DUPLICATE_LAWYER_TICKET.title;

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>提交工单</h1>}>
      <title>提交工单 - 律协会员服务平台</title>
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="new-ticket"
        form={form}
        schema={ticketInputSchema}
        style={{ maxWidth: 640 }}
        initialValues={initialValues}
        onSubmit={async (values) => {
          setFormError(null);
          try {
            const files = attachmentFiles(form.getFieldValue('attachments') as UploadFile[]);
            const ticket = await createTicket.mutateAsync({ input: values, files });
            void message.success('工单已提交');
            void navigate(paths.ticket.getHref(ticket.id));
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        {initialValues.link ? (
          <Form.Item>
            <TicketLink link={initialValues.link} />
          </Form.Item>
        ) : null}
        <Form.Item name="link" hidden>
          <Input />
        </Form.Item>
        <Form.Item label="工单类别" name="category" required>
          <Select
            placeholder="请选择工单类别"
            options={TICKET_CATEGORIES.map((category) => ({ label: category, value: category }))}
          />
        </Form.Item>
        <Form.Item label="工单标题" name="title" required>
          <Input maxLength={100} placeholder="请简要概括问题" />
        </Form.Item>
        <Form.Item label="问题描述" name="description" required>
          <Input.TextArea
            rows={6}
            maxLength={5000}
            showCount
            placeholder="请详细描述问题；如反馈信息有误，请写明正确的信息"
          />
        </Form.Item>
        {duplicateLawyer ? (
          <Alert
            type="info"
            showIcon
            title="请在问题描述中写明该律师的姓名、身份证号和执业证号，并在附件中上传该律师的执业证扫描件，由协会核实处理。"
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form.Item label="附件" name="attachments">
          <AttachmentUpload disabled={createTicket.isPending} />
        </Form.Item>
        <Flex gap={12} align="center" wrap>
          <Button type="primary" htmlType="submit" loading={createTicket.isPending}>
            提交工单
          </Button>
          <Link to={paths.tickets.getHref()}>返回我的工单</Link>
        </Flex>
      </ZodForm>
    </Card>
  );
}
