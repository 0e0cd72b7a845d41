import { MailOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { emailField } from '@lx/shared/formats';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { useSendCertificateMail } from '../api/send-certificate-mail';

// The address is asked for explicitly here: an empty field is a mistake, not "the contact e-mail".
const mailFormSchema = z.object({
  to: z
    .string({ error: '请填写电子邮箱' })
    .trim()
    .min(1, { error: '请填写电子邮箱' })
    .pipe(emailField),
});

type SendMailModalProps = { id: string; contactEmail: string; onClose: () => void };

function SendMailModal({ id, contactEmail, onClose }: SendMailModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const send = useSendCertificateMail();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <Modal
      open
      title="发送邮箱"
      okText="发送"
      cancelText="取消"
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <ZodForm
        name="certificate-mail"
        form={form}
        schema={mailFormSchema}
        initialValues={{ to: contactEmail }}
        autoComplete="off"
        onSubmit={async (values) => {
          setFormError(null);
          try {
            const queued = await send.mutateAsync({ id, to: values.to });
            void message.success(`已加入发送队列：${queued.to}`);
            onClose();
          } catch (error) {
            setFormError(formErrorMessage(error));
          }
        }}
      >
        <Form.Item
          label="电子邮箱"
          name="to"
          required
          extra="电子证明 PDF 将作为附件发送到该邮箱"
          style={{ marginBottom: 0 }}
        >
          <Input maxLength={100} inputMode="email" />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}

type SendCertificateMailButtonProps = { id: string; contactEmail: string };

/** 发送邮箱: the issued certificate to the contact e-mail, or another address given here. */
export function SendCertificateMailButton({ id, contactEmail }: SendCertificateMailButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<MailOutlined aria-hidden />} onClick={() => setOpen(true)}>
        发送邮箱
      </Button>
      {open ? (
        <SendMailModal id={id} contactEmail={contactEmail} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
