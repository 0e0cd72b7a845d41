import { Form, Input, Select } from 'antd';
import { certificateQueueQuerySchema, type CertificateType } from '@lx/shared/certificate-schemas';
import { PAPER_STATE_LABELS, PAPER_STATES } from '@lx/shared/certificate-workflow';
import { optional, optionalText } from '@lx/shared/formats';
import { useMemo } from 'react';
import { z } from 'zod';
import { FilterForm } from '@/components/filter-form';
import { useCertificateTypes } from '../api/get-certificate-types';

/** 纸质证明 in the URL: ANY (有纸质证明) or where the copies are. */
export const PAPER_FILTERS = ['ANY', ...PAPER_STATES] as const;

// The shared query schema, fed from the form: 不限 is the empty choice.
export const certificateQueueFilterSchema = certificateQueueQuerySchema
  .omit({ page: true, pageSize: true, state: true })
  .extend({
    typeId: z.uuid({ error: '请选择证明类型' }).optional(),
    paper: optional(z.enum(PAPER_FILTERS, { error: '请选择纸质证明' })),
    q: optionalText('搜索内容', 50),
  });
export type CertificateQueueFilter = z.infer<typeof certificateQueueFilterSchema>;

export type CertificateQueueFilterValue = Partial<Record<'typeId' | 'paper' | 'q', string>>;

const paperOptions = [
  { value: '', label: '不限' },
  { value: 'ANY', label: '有纸质证明' },
  ...PAPER_STATES.map((state) => ({ value: state, label: PAPER_STATE_LABELS[state] })),
];

function typeLabel(type: CertificateType): string {
  return type.active ? type.name : `${type.name}（已停用）`;
}

type Props = {
  value: CertificateQueueFilterValue;
  onChange: (filter: CertificateQueueFilter) => void;
};

/** 证明类型, 纸质证明 and 搜索 (申请人/申请编号/证明编号); the queue itself is filtered on the server. */
export function CertificateQueueFilters({ value, onChange }: Props) {
  const types = useCertificateTypes();
  const { typeId, paper, q } = value;
  const values = useMemo(() => ({ typeId, paper: paper ?? '', q }), [typeId, paper, q]);
  const typeOptions = useMemo(
    () => (types.data ?? []).map((type) => ({ value: type.id, label: typeLabel(type) })),
    [types.data],
  );

  return (
    <FilterForm
      name="certificate-queue-filter"
      schema={certificateQueueFilterSchema}
      values={values}
      onChange={onChange}
    >
      <Form.Item label="证明类型" name="typeId">
        <Select
          allowClear
          placeholder={types.isError ? '证明类型加载失败' : '全部类型'}
          loading={types.isLoading}
          options={typeOptions}
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent="没有匹配的证明类型"
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label="纸质证明" name="paper">
        <Select placeholder="不限" options={paperOptions} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item label="搜索" name="q">
        <Input allowClear placeholder="申请人/申请编号/证明编号" style={{ width: 220 }} />
      </Form.Item>
    </FilterForm>
  );
}
