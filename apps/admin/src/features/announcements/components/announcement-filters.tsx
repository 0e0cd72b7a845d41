import { Button, Form, Input, Select, Space } from 'antd';
import { ANNOUNCEMENT_STATE_LABELS, ANNOUNCEMENT_STATES } from '@lx/shared/announcement-schemas';
import { optionalText } from '@lx/shared/formats';
import { ZodForm } from '@lx/ui/zod-form';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useEffect } from 'react';
import { z } from 'zod';

export const announcementFilterSchema = z.object({
  state: z.enum(ANNOUNCEMENT_STATES).optional(),
  q: optionalText('关键字', 50),
});
export type AnnouncementFilter = z.infer<typeof announcementFilterSchema>;

const stateOptions = ANNOUNCEMENT_STATES.map((s) => ({
  value: s,
  label: ANNOUNCEMENT_STATE_LABELS[s],
}));

type Props = {
  value: { state?: string; q?: string };
  onChange: (filter: AnnouncementFilter) => void;
};

/** 状态 and 标题 search; the list itself is filtered on the server. */
export function AnnouncementFilters({ value, onChange }: Props) {
  const [form] = Form.useForm();
  const { onValuesChange } = useFormFeedback({ form, schema: announcementFilterSchema });
  useEffect(() => {
    form.setFieldsValue({ state: value.state, q: value.q });
  }, [form, value.state, value.q]);

  return (
    <ZodForm
      name="announcement-filter"
      form={form}
      schema={announcementFilterSchema}
      onValuesChange={onValuesChange}
      onSubmit={onChange}
      layout="inline"
      style={{ rowGap: 12 }}
    >
      <Form.Item label="状态" name="state">
        <Select allowClear placeholder="全部状态" options={stateOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="关键字" name="q">
        <Input allowClear placeholder="按标题搜索" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ state: undefined, q: undefined });
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
