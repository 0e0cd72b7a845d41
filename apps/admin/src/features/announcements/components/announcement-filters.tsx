import { Form, Input, Select } from 'antd';
import { ANNOUNCEMENT_STATE_LABELS, ANNOUNCEMENT_STATES } from '@lx/shared/announcement-schemas';
import { optionalText } from '@lx/shared/formats';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';

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
  const values = useMemo(() => ({ state: value.state, q: value.q }), [value.state, value.q]);
  return (
    <FilterForm
      name="announcement-filter"
      schema={announcementFilterSchema}
      values={values}
      onChange={onChange}
    >
      <Form.Item label="状态" name="state">
        <Select allowClear placeholder="全部状态" options={stateOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="关键字" name="q">
        <Input allowClear placeholder="按标题搜索" style={{ width: 220 }} />
      </Form.Item>
    </FilterForm>
  );
}
