import { Alert, App, Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import type { SuspensionRule } from '@lx/shared/event-rules';
import { suspensionRuleSchema } from '@lx/shared/event-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useUpdateEventSettings } from '../api/suspensions';

/** The rule as a sentence, from the values now in the form. */
function ruleSentence(rule: Partial<SuspensionRule>): string {
  const n = (v: number | null | undefined) => (typeof v === 'number' ? String(v) : '…');
  return `律师在 ${n(rule.withinMonths)} 个月内缺席 ${n(rule.noShows)} 次活动，将被暂停网上报名 ${n(rule.suspendMonths)} 个月（从最近一次缺席的活动开始时起算）。`;
}

/** 缺席次数 N, 统计期（月） M, 暂停时长（月） K: checked by the shared suspensionRuleSchema. */
export function SuspensionRuleForm({ rule }: { rule: SuspensionRule }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SuspensionRule>();
  const update = useUpdateEventSettings();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: suspensionRuleSchema });
  const [initialValues] = useState(rule);
  const current = Form.useWatch([], form) ?? initialValues;

  const submit = async (input: SuspensionRule) => {
    const saved = await guard(() => update.mutateAsync(input));
    if (saved) void message.success('缺席暂停规则已保存');
  };

  return (
    <ZodForm
      name="suspension-rule"
      form={form}
      schema={suspensionRuleSchema}
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onSubmit={submit}
      autoComplete="off"
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item label="缺席次数" name="noShows" required extra="统计期内缺席达到该次数即暂停">
            <InputNumber step={1} style={{ width: '100%' }} suffix="次" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label="统计期（月）" name="withinMonths" required extra="向前统计的月数">
            <InputNumber step={1} style={{ width: '100%' }} suffix="个月" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            label="暂停时长（月）"
            name="suspendMonths"
            required
            extra="暂停网上报名的月数"
          >
            <InputNumber step={1} style={{ width: '100%' }} suffix="个月" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">{ruleSentence(current)}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        保存
      </Button>
    </ZodForm>
  );
}
