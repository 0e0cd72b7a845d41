import { DatePicker, Form, Input, Select } from 'antd';
import { cardQueueQuerySchema } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_KIND_LABELS, CARD_APPLICATION_KINDS } from '@lx/shared/card-workflow';
import { optionalText } from '@lx/shared/formats';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';

const DAY = 'YYYY-MM-DD';

// The shared query schema, fed from the form: the date range picker gives appliedFrom/To.
export const cardQueueFilterSchema = z.preprocess(
  (raw) => {
    const { range, ...rest } = (raw ?? {}) as {
      range?: [Dayjs | null, Dayjs | null] | null;
    } & Record<string, unknown>;
    return {
      ...rest,
      appliedFrom: range?.[0]?.format(DAY),
      appliedTo: range?.[1]?.format(DAY),
    };
  },
  cardQueueQuerySchema.omit({ page: true, pageSize: true, state: true }).extend({
    kind: z.enum(CARD_APPLICATION_KINDS, { error: '请选择申请类型' }).optional(),
    q: optionalText('搜索内容', 50),
  }),
);
export type CardQueueFilter = z.infer<typeof cardQueueFilterSchema>;

export type CardQueueFilterValue = Partial<
  Record<'kind' | 'appliedFrom' | 'appliedTo' | 'q', string>
>;

const kindOptions = CARD_APPLICATION_KINDS.map((kind) => ({
  value: kind,
  label: CARD_APPLICATION_KIND_LABELS[kind],
}));

function formValues(value: CardQueueFilterValue) {
  const from = value.appliedFrom ? dayjs(value.appliedFrom, DAY) : null;
  const to = value.appliedTo ? dayjs(value.appliedTo, DAY) : null;
  return { kind: value.kind, q: value.q, range: from || to ? [from, to] : null };
}

type Props = { value: CardQueueFilterValue; onChange: (filter: CardQueueFilter) => void };

/** 申请类型, 申请日期 and 搜索 (姓名/执业证号/申请编号); the queue itself is filtered on the server. */
export function CardQueueFilters({ value, onChange }: Props) {
  const { kind, appliedFrom, appliedTo, q } = value;
  const values = useMemo(
    () => formValues({ kind, appliedFrom, appliedTo, q }),
    [kind, appliedFrom, appliedTo, q],
  );

  return (
    <FilterForm
      name="card-queue-filter"
      schema={cardQueueFilterSchema}
      values={values}
      onChange={onChange}
    >
      <Form.Item label="申请类型" name="kind">
        <Select allowClear placeholder="全部类型" options={kindOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="申请日期" name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item label="搜索" name="q">
        <Input allowClear placeholder="姓名/执业证号/申请编号" style={{ width: 220 }} />
      </Form.Item>
    </FilterForm>
  );
}
