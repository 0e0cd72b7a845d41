import { Form, Input } from 'antd';
import { optionalText } from '@lx/shared/formats';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';

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
  const values = useMemo(() => ({ q }), [q]);
  return (
    <FilterForm name="staff-filter" schema={staffFilterSchema} values={values} onChange={onChange}>
      <Form.Item label="关键字" name="q">
        <Input allowClear placeholder="用户名或姓名" style={{ width: 200 }} />
      </Form.Item>
    </FilterForm>
  );
}
