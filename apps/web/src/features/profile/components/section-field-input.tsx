import { Checkbox, Form, Input, Select } from 'antd';
import { ONGOING_END_TEXT, type FieldDef } from '@lx/shared/profile-fields';

/** The input a field definition asks for, labelled and marked required when it is. */
export function SectionFieldInput({ field }: { field: FieldDef }) {
  switch (field.kind) {
    case 'text':
      return (
        <Form.Item label={field.label} name={field.name} required={field.required}>
          <Input maxLength={field.max ?? 100} placeholder={field.placeholder} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item label={field.label} name={field.name} required={field.required}>
          <Input.TextArea
            rows={4}
            maxLength={field.max ?? 1000}
            showCount
            placeholder={field.placeholder}
          />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          label={field.label}
          name={field.name}
          required={field.required}
          extra={
            field.name === 'endDate'
              ? `如：2016-01-01；至今未结束的不填，显示为「${ONGOING_END_TEXT}」`
              : '如：2016-01-01'
          }
        >
          <Input maxLength={10} placeholder="格式 yyyy-MM-dd" inputMode="numeric" />
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item label={field.label} name={field.name} required={field.required}>
          <Select
            placeholder="请选择"
            allowClear={!field.required}
            showSearch={field.options.length > 10 ? { optionFilterProp: 'label' } : false}
            options={field.options.map((option) => ({ label: option, value: option }))}
          />
        </Form.Item>
      );
    case 'checkbox':
      return (
        <Form.Item label={field.label} name={field.name} valuePropName="checked">
          <Checkbox>是</Checkbox>
        </Form.Item>
      );
  }
}
