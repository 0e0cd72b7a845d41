import { DatePicker, Form, Input, Select } from 'antd';
import { optionalText } from '@lx/shared/formats';
import { profileQueueQuerySchema } from '@lx/shared/profile-schemas';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { useOrganisationOptions } from '../api/get-organisation-options';

const DAY = 'YYYY-MM-DD';

// The shared query schema, fed from the form: the date range picker gives submittedFrom/To.
export const profileQueueFilterSchema = z.preprocess(
  (raw) => {
    const { range, ...rest } = (raw ?? {}) as {
      range?: [Dayjs | null, Dayjs | null] | null;
    } & Record<string, unknown>;
    return {
      ...rest,
      submittedFrom: range?.[0]?.format(DAY),
      submittedTo: range?.[1]?.format(DAY),
    };
  },
  profileQueueQuerySchema.omit({ page: true, pageSize: true, state: true }).extend({
    organisationId: z.string().uuid({ error: '请选择组织机构' }).optional(),
    q: optionalText('姓名/执业证号', 50),
  }),
);
export type ProfileQueueFilter = z.infer<typeof profileQueueFilterSchema>;

export type ProfileQueueFilterValue = Partial<
  Record<'organisationId' | 'submittedFrom' | 'submittedTo' | 'q', string>
>;

function formValues(value: ProfileQueueFilterValue) {
  const from = value.submittedFrom ? dayjs(value.submittedFrom, DAY) : null;
  const to = value.submittedTo ? dayjs(value.submittedTo, DAY) : null;
  return {
    organisationId: value.organisationId,
    q: value.q,
    range: from || to ? [from, to] : null,
  };
}

type Props = { value: ProfileQueueFilterValue; onChange: (filter: ProfileQueueFilter) => void };

/** 组织机构, 提交日期 and 姓名/执业证号; the queue itself is filtered on the server. */
export function ProfileQueueFilters({ value, onChange }: Props) {
  const organisations = useOrganisationOptions();
  const { organisationId, submittedFrom, submittedTo, q } = value;
  const values = useMemo(
    () => formValues({ organisationId, submittedFrom, submittedTo, q }),
    [organisationId, submittedFrom, submittedTo, q],
  );
  const options = useMemo(
    () => (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
    [organisations.data],
  );

  return (
    <FilterForm
      name="profile-queue-filter"
      schema={profileQueueFilterSchema}
      values={values}
      onChange={onChange}
    >
      <Form.Item label="组织机构" name="organisationId">
        <Select
          allowClear
          placeholder={organisations.isError ? '机构列表加载失败' : '全部机构'}
          loading={organisations.isLoading}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent="没有匹配的机构"
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label="提交日期" name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item label="姓名/执业证号" name="q">
        <Input allowClear placeholder="姓名或执业证号" style={{ width: 200 }} />
      </Form.Item>
    </FilterForm>
  );
}
