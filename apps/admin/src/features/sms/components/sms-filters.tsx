import { Button, Form, Input, Space } from 'antd';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useEffect } from 'react';
import { z } from 'zod';

// A whole number or its beginning: staff often search by the first or last digits they were told.
export const smsFilterSchema = z.object({
  mobile: z
    .string()
    .trim()
    .regex(/^\d{0,11}$/, { error: '手机号码只能包含数字，最多 11 位' })
    .optional(),
});
export type SmsFilter = z.infer<typeof smsFilterSchema>;

export function SmsFilters({
  mobile,
  onChange,
}: {
  mobile: string | undefined;
  onChange: (f: SmsFilter) => void;
}) {
  const [form] = Form.useForm();
  const { onValuesChange } = useFormFeedback({ form, schema: smsFilterSchema });
  useEffect(() => {
    form.setFieldsValue({ mobile });
  }, [form, mobile]);

  return (
    <ZodForm
      name="sms-filter"
      form={form}
      schema={smsFilterSchema}
      onValuesChange={onValuesChange}
      onSubmit={onChange}
      layout="inline"
      style={{ rowGap: 12 }}
    >
      <Form.Item label="手机号" name="mobile">
        <Input
          allowClear
          inputMode="numeric"
          maxLength={11}
          placeholder="手机号码"
          style={{ width: 180 }}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ mobile: undefined });
              onChange({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form.Item>
    </ZodForm>
  );
}
