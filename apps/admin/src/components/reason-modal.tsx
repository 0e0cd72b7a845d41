import { Alert, App, Form, Input, Modal } from 'antd';
import { ZodForm } from '@lx/ui/zod-form';
import type { z } from 'zod';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';

type ReasonModalProps<S extends z.ZodTypeAny> = {
  /** The form's name (for its fields' ids). */
  name: string;
  title: string;
  okText: string;
  /** The one text field: its label, key in the schema, help and limits. */
  field: {
    label: string;
    name: string;
    extra: string;
    placeholder: string;
    maxLength: number;
    /** Whether the schema requires the text (marked so); default true. */
    required?: boolean;
  };
  /** A refusal or a cancellation (红色 确认 button); default true. An approval passes false. */
  danger?: boolean;
  schema: S;
  pending: boolean;
  /** Sends the decision; a 409 (someone acted first) closes the modal with the server's message. */
  onSubmit: (values: z.output<S>) => Promise<unknown>;
  successMessage: string;
  onClose: () => void;
};

/**
 * A decision with a written reason (驳回 with its opinion or reason; 批准 with an optional opinion):
 * the shared schema says whether the text is required; it is shown to the member, and the page
 * reloads when someone else acted first.
 */
export function ReasonModal<S extends z.ZodTypeAny>(props: ReasonModalProps<S>) {
  const { field, onClose } = props;
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: props.schema });

  const submit = async (values: z.output<S>) => {
    await guard(async () => {
      try {
        await props.onSubmit(values);
        void message.success(props.successMessage);
        onClose();
      } catch (error) {
        if (isConflict(error)) {
          void message.error(error.message);
          onClose();
          return;
        }
        throw error;
      }
    });
  };

  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      okButtonProps={{ danger: props.danger ?? true }}
      cancelText="取消"
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name={props.name}
        form={form}
        schema={props.schema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <Form.Item
          label={field.label}
          name={field.name}
          required={field.required ?? true}
          extra={field.extra}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={field.maxLength}
            showCount
            placeholder={field.placeholder}
          />
        </Form.Item>
      </ZodForm>
    </Modal>
  );
}
