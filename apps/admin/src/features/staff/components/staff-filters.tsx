import { Button, Form, Input, Space } from 'antd';
import { optionalText } from '@lx/shared/formats';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useEffect } from 'react';
import { z } from 'zod';

export const staffFilterSchema = z.object({ q: optionalText('关键字', 50) });
export type StaffFilter = z.infer<typeof staffFilterSchema>;

/** Search by 用户名 or 姓名. */
export function StaffFilters({
  q,
  onChange,
}: {
  q: string | undefined;
  onChange: (f: StaffFilter) => void;
}) {
  const [form] = Form.useForm();
  const { onValuesChange } = useFormFeedback({ form, schema: staffFilterSchema });
  useEffect(() => {
    form.setFieldsValue({ q });
  }, [form, q]);

  return (
    <ZodForm
      name="staff-filter"
      form={form}
      schema={staffFilterSchema}
      onValuesChange={onValuesChange}
      onSubmit={onChange}
      layout="inline"
      style={{ rowGap: 12 }}
    >
      <Form.Item label="关键字" name="q">
        <Input allowClear placeholder="用户名或姓名" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ q: undefined });
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
