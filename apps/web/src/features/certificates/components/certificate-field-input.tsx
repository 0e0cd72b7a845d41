import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CertificateField } from '@lx/shared/certificate-schemas';

const DAY = 'YYYY-MM-DD';

/** The form keeps a date as the schema takes it, yyyy-MM-dd; the picker shows it as a day. */
function dayOf(value: unknown): Dayjs | null {
  if (typeof value !== 'string' || value === '') return null;
  const day = dayjs(value);
  return day.isValid() ? day : null;
}

/** One of the type's own fields (under `values`), labelled and marked required as defined. */
export function CertificateFieldInput({ field }: { field: CertificateField }) {
  const name = ['values', field.name];
  switch (field.kind) {
    case 'text':
      return (
        <Form.Item label={field.label} name={name} required={field.required}>
          <Input maxLength={100} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item label={field.label} name={name} required={field.required}>
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          label={field.label}
          name={name}
          required={field.required}
          getValueProps={(value: unknown) => ({ value: dayOf(value) })}
          normalize={(day: Dayjs | null) => (day ? day.format(DAY) : undefined)}
        >
          <DatePicker format={DAY} placeholder="yyyy-MM-dd" style={{ width: '100%' }} />
        </Form.Item>
      );
  }
}
