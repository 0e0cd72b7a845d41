import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import type { RequirementList, RequirementsInput } from '@lx/shared/training-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useSaveRequirements } from '../api/training-requirements';
import {
  requirementFieldErrors,
  requirementFormSchema,
  requirementFormValues,
  requirementsInputOf,
  type RequirementFormValues,
} from './requirement-form-values';

/** The API's field errors (`items.0.totalHours`) moved onto the rows they are about. */
function onFormFields(error: unknown, rowOfItem: readonly number[]): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  return new ApiRequestError(error.status, {
    code: error.code,
    message: error.message,
    fieldErrors: requirementFieldErrors(error.fieldErrors, rowOfItem),
    requestId: error.requestId,
  });
}

const fieldsetStyle = {
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  padding: '4px 16px 0',
  margin: '0 0 12px',
  minWidth: 0,
} as const;
const legendStyle = {
  width: 'auto',
  padding: '0 8px',
  margin: 0,
  border: 0,
  fontSize: 15,
  fontWeight: 600,
} as const;

/** When the year's list was last saved, if it has any requirement. */
function lastSaved(list: RequirementList): string | null {
  const times = list.items.map((item) => item.updatedAt).sort();
  const last = times[times.length - 1];
  return last ? formatDateTime(last) : null;
}

/**
 * One group per practice category: 年度学时要求 and the optional minimums per kind. 保存 replaces
 * the year's list with the filled rows, checked by the shared requirementsInputSchema.
 */
export function RequirementsForm({ year, list }: { year: number; list: RequirementList }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RequirementFormValues>();
  const save = useSaveRequirements();
  const { alert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: requirementFormSchema,
  });
  const [initialValues] = useState(() => requirementFormValues(list));
  const saved = lastSaved(list);

  const submit = async (input: RequirementsInput) => {
    const { rowOfItem } = requirementsInputOf(form.getFieldsValue());
    const done = await guard(async () => {
      try {
        await save.mutateAsync({ year, input });
      } catch (error) {
        throw onFormFields(error, rowOfItem);
      }
    });
    if (done) void message.success(`${year} 年度学时要求已保存`);
  };

  return (
    <ZodForm
      name="training-requirements"
      form={form}
      schema={requirementFormSchema}
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onSubmit={submit}
      autoComplete="off"
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">
        年度学时要求留空的类别不设学时要求；最低学时可不填（不限），各类最低学时之和不能超过年度学时要求。
        {saved ? `最近保存：${saved}。` : `${year} 年度尚未设定学时要求。`}
      </Typography.Paragraph>
      {initialValues.rows.map((row, i) => (
        <fieldset key={row.category} style={fieldsetStyle}>
          <legend style={legendStyle}>{PRACTICE_CATEGORY_LABELS[row.category]}</legend>
          <Form.Item name={['rows', i, 'category']} hidden>
            <Input />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={12} lg={6}>
              <Form.Item label="年度学时要求" name={['rows', i, 'totalHours']}>
                <InputNumber style={{ width: '100%' }} placeholder="不设要求" />
              </Form.Item>
            </Col>
            {TRAINING_KINDS.map((kind) => (
              <Col xs={12} lg={6} key={kind}>
                <Form.Item
                  label={`${TRAINING_KIND_LABELS[kind]}最低学时`}
                  name={['rows', i, 'minimums', kind]}
                >
                  <InputNumber style={{ width: '100%' }} placeholder="不限" />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </fieldset>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存
      </Button>
    </ZodForm>
  );
}
