import { Form, Input } from 'antd';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';

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
  const values = useMemo(() => ({ mobile }), [mobile]);
  return (
    <FilterForm name="sms-filter" schema={smsFilterSchema} values={values} onChange={onChange}>
      <Form.Item label="手机号" name="mobile">
        <Input
          allowClear
          inputMode="numeric"
          maxLength={11}
          placeholder="手机号码"
          style={{ width: 180 }}
        />
      </Form.Item>
    </FilterForm>
  );
}
