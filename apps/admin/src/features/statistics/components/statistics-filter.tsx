import { DatePicker, Form } from 'antd';
import type { StatisticsRange } from '@lx/shared/statistics-schemas';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { FilterForm } from '@/components/filter-form';
import { DAY_FORMAT, statisticsFilterSchema } from './statistics-range';

/**
 * 开始日期 and 结束日期: two single pickers rather than a range picker, whose two months side by
 * side do not fit a phone. Checked by the API's own schema (结束日期 after 开始日期, ≤ 5 年).
 */
export function StatisticsFilter({
  range,
  onChange,
}: {
  range: StatisticsRange;
  onChange: (range: StatisticsRange) => void;
}) {
  const values = useMemo(
    () => ({ from: dayjs(range.from, DAY_FORMAT), to: dayjs(range.to, DAY_FORMAT) }),
    [range.from, range.to],
  );
  return (
    <FilterForm
      name="statistics-range"
      schema={statisticsFilterSchema}
      values={values}
      onChange={onChange}
    >
      <Form.Item label="开始日期" name="from">
        <DatePicker allowClear={false} format={DAY_FORMAT} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item label="结束日期" name="to">
        <DatePicker allowClear={false} format={DAY_FORMAT} style={{ width: 150 }} />
      </Form.Item>
    </FilterForm>
  );
}
