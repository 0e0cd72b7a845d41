import { AutoComplete, DatePicker, Form, Input } from 'antd';
import { AUDIT_ACTION_LABELS, auditQuerySchema } from '@lx/shared/audit-schemas';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { ENTITY_TYPE_LABELS } from './entity-types';

const DAY = 'YYYY-MM-DD';

// The shared query schema, fed from the form: the date range picker gives from/to.
export const auditFilterSchema = z.preprocess(
  (raw) => {
    const { range, ...rest } = (raw ?? {}) as {
      range?: [Dayjs | null, Dayjs | null] | null;
    } & Record<string, unknown>;
    return { ...rest, from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) };
  },
  auditQuerySchema.omit({ page: true, pageSize: true }),
);
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type AuditFilterValue = Partial<
  Record<'entityType' | 'entityId' | 'action' | 'actor' | 'from' | 'to', string>
>;

const actionOptions = Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => ({
  value: code,
  label: `${label}（${code}）`,
}));

const entityTypeOptions = Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

function matchesLabel(input: string, option?: { label?: unknown }): boolean {
  return String(option?.label ?? '')
    .toLowerCase()
    .includes(input.trim().toLowerCase());
}

function formValues(value: AuditFilterValue) {
  const from = value.from ? dayjs(value.from, DAY) : null;
  const to = value.to ? dayjs(value.to, DAY) : null;
  return {
    entityType: value.entityType,
    entityId: value.entityId,
    action: value.action,
    actor: value.actor,
    range: from || to ? [from, to] : null,
  };
}

type Props = { value: AuditFilterValue; onChange: (filter: AuditFilter) => void };

/** 对象类型, 对象编号, 操作, 操作人 and 日期范围. */
export function AuditFilters({ value, onChange }: Props) {
  const { entityType, entityId, action, actor, from, to } = value;
  const values = useMemo(
    () => formValues({ entityType, entityId, action, actor, from, to }),
    [entityType, entityId, action, actor, from, to],
  );
  return (
    <FilterForm name="audit-filter" schema={auditFilterSchema} values={values} onChange={onChange}>
      <Form.Item label="对象类型" name="entityType">
        <AutoComplete
          options={entityTypeOptions}
          allowClear
          placeholder="如 Announcement"
          style={{ width: 170 }}
          showSearch={{ filterOption: matchesLabel }}
        />
      </Form.Item>
      <Form.Item label="对象编号" name="entityId">
        <Input allowClear placeholder="对象的编号" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label="操作" name="action">
        <AutoComplete
          options={actionOptions}
          allowClear
          placeholder="操作名称或代码"
          style={{ width: 200 }}
          showSearch={{ filterOption: matchesLabel }}
        />
      </Form.Item>
      <Form.Item label="操作人" name="actor">
        <Input allowClear placeholder="操作人姓名" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="日期范围" name="range">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
    </FilterForm>
  );
}
