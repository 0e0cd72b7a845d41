import { App, Button, Form, Input } from 'antd';
import { checkInSchema } from '@lx/shared/event-schemas';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { errorMessage } from '@lx/ui/error-message';
import { ZodForm } from '@lx/ui/zod-form';
import type { z } from 'zod';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCheckIn } from '../api/attendance';

/**
 * 签到 at the door: the 6-digit code on the member's registration. A refused code (unknown, not
 * registered, already signed in) is said on the field; after a success the field is empty again
 * for the next person.
 */
export function CheckInForm({ eventId }: { eventId: string }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const checkIn = useCheckIn();
  const { onValuesChange } = useFormFeedback({ form, schema: checkInSchema });
  const { label } = REGISTRATION_WORKFLOW.transitions.markAttended;

  const submit = async ({ code }: z.infer<typeof checkInSchema>) => {
    try {
      const registration = await checkIn.mutateAsync({ eventId, code });
      const who = typeof registration?.name === 'string' ? `${registration.name} ` : '';
      void message.success(`${who}${label}成功`);
      form.resetFields();
    } catch (error) {
      form.setFields([{ name: 'code', errors: [errorMessage(error)] }]);
    }
  };

  return (
    <ZodForm
      name="event-check-in"
      form={form}
      schema={checkInSchema}
      onValuesChange={onValuesChange}
      onSubmit={submit}
      layout="inline"
      autoComplete="off"
      style={{ rowGap: 12 }}
    >
      <Form.Item label="签到码" name="code">
        <Input inputMode="numeric" maxLength={6} placeholder="6 位数字" style={{ width: 130 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={checkIn.isPending}>
          {label}
        </Button>
      </Form.Item>
    </ZodForm>
  );
}
