import { Checkbox, Form, Input, Select } from 'antd';
import { optionalText } from '@lx/shared/formats';
import {
  TICKET_AGE_LABELS,
  TICKET_AGES,
  TICKET_CATEGORIES,
  ticketQueueQuerySchema,
} from '@lx/shared/ticket-schemas';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';

// The shared query schema, fed from the form: 只看我的 is a checkbox, `mine=true` in the URL.
export const ticketQueueFilterSchema = ticketQueueQuerySchema
  .omit({ page: true, pageSize: true, state: true })
  .extend({
    category: z.enum(TICKET_CATEGORIES, { error: '请选择工单类别' }).optional(),
    olderThan: z.enum(TICKET_AGES, { error: '请选择等待时间' }).optional(),
    mine: z
      .boolean()
      .optional()
      .transform((mine) => (mine ? ('true' as const) : undefined)),
    q: optionalText('搜索内容', 50),
  });
export type TicketQueueFilter = z.infer<typeof ticketQueueFilterSchema>;

export type TicketQueueFilterValue = Partial<
  Record<'category' | 'olderThan' | 'mine' | 'q', string>
>;

const categoryOptions = TICKET_CATEGORIES.map((category) => ({ value: category, label: category }));
const ageOptions = TICKET_AGES.map((age) => ({ value: age, label: TICKET_AGE_LABELS[age] }));

type Props = { value: TicketQueueFilterValue; onChange: (filter: TicketQueueFilter) => void };

/** 类别, 等待时间, 只看我的 and 搜索 (工单编号/标题/提交人); the queue itself is filtered on the server. */
export function TicketQueueFilters({ value, onChange }: Props) {
  const { category, olderThan, mine, q } = value;
  const values = useMemo(
    () => ({ category, olderThan, mine: mine === 'true', q }),
    [category, olderThan, mine, q],
  );

  return (
    <FilterForm
      name="ticket-queue-filter"
      schema={ticketQueueFilterSchema}
      values={values}
      onChange={onChange}
    >
      <Form.Item label="类别" name="category">
        <Select
          allowClear
          placeholder="全部类别"
          options={categoryOptions}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item label="等待时间" name="olderThan">
        <Select allowClear placeholder="不限" options={ageOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="mine" valuePropName="checked">
        <Checkbox>只看我的</Checkbox>
      </Form.Item>
      <Form.Item label="搜索" name="q">
        <Input allowClear placeholder="工单编号/标题/提交人" style={{ width: 220 }} />
      </Form.Item>
    </FilterForm>
  );
}
