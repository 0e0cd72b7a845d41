import { Button, Form, Space } from 'antd';
import { ZodForm } from '@lx/ui/zod-form';
import { useEffect, type ReactNode } from 'react';
import type { z } from 'zod';
import { useFormFeedback } from '@/lib/use-form-feedback';

type Props<S extends z.ZodTypeAny> = {
  name: string;
  schema: S;
  /** What the fields show: the filter as it stands in the URL (memoised by the caller). */
  values: Record<string, unknown>;
  onChange: (filter: z.infer<S>) => void;
  children: ReactNode;
};

/** The inline filter bar above a list: its fields, 查询 and 重置; validated by the list's schema. */
export function FilterForm<S extends z.ZodTypeAny>({
  name,
  schema,
  values,
  onChange,
  children,
}: Props<S>) {
  const [form] = Form.useForm();
  const { onValuesChange } = useFormFeedback({ form, schema });
  useEffect(() => {
    form.setFieldsValue(values);
  }, [form, values]);

  const reset = () => {
    form.setFieldsValue(Object.fromEntries(Object.keys(values).map((key) => [key, undefined])));
    onChange(schema.parse({}));
  };

  return (
    <ZodForm
      name={name}
      form={form}
      schema={schema}
      onValuesChange={onValuesChange}
      onSubmit={onChange}
      layout="inline"
      style={{ rowGap: 12 }}
    >
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={reset}>重置</Button>
        </Space>
      </Form.Item>
    </ZodForm>
  );
}
