import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import { TRAINING_HOURS_MAX, TRAINING_HOURS_STEP } from '@lx/shared/training-rules';
import type { ManualEntryInput } from '@lx/shared/training-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useAddManualTrainingEntry } from '../api/add-manual-entry';
import {
  DATE_FORMAT,
  emptyManualEntry,
  manualEntryFieldErrors,
  manualEntryFormSchema,
  type ManualEntryFormValues,
} from './manual-entry-form-values';

const kindOptions = TRAINING_KINDS.map((kind) => ({
  value: kind,
  label: TRAINING_KIND_LABELS[kind],
}));

/** A training that has not happened yet cannot be credited (the schema says so too). */
const isFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');

/** The API's field errors moved onto the form's fields; others become the form's alert. */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  return new ApiRequestError(error.status, {
    code: error.code,
    message: error.message,
    fieldErrors: manualEntryFieldErrors(error.fieldErrors),
    requestId: error.requestId,
  });
}

/**
 * 人工录入: one training for one lawyer (a course the association did not run, a correction), with
 * the reason, checked by the shared manualEntryInputSchema before it is sent.
 */
export function ManualEntryModal({
  lawyerId,
  lawyerName,
  onClose,
}: {
  lawyerId: string;
  lawyerName: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ManualEntryFormValues>();
  const { message } = App.useApp();
  const add = useAddManualTrainingEntry();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: manualEntryFormSchema });
  const [initialValues] = useState(emptyManualEntry);

  const submit = async (input: ManualEntryInput) => {
    const saved = await guard(async () => {
      try {
        await add.mutateAsync({ lawyerId, input });
      } catch (error) {
        throw onFormFields(error);
      }
    });
    if (saved) {
      void message.success(`已为 ${lawyerName} 录入 ${input.hours} 学时`);
      onClose();
    }
  };

  return (
    <Modal
      open
      title={`人工录入学时：${lawyerName}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="training-manual-entry"
        form={form}
        schema={manualEntryFormSchema}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="培训日期" name="date" required>
              <DatePicker
                format={DATE_FORMAT}
                placeholder="选择日期"
                disabledDate={isFuture}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="类别" name="kind" required>
              <Select placeholder="请选择" options={kindOptions} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="课程名称" name="title" required>
              <Input maxLength={100} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="主办方" name="organiser" required>
              <Input maxLength={100} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label="学时"
              name="hours"
              required
              extra={`以 ${TRAINING_HOURS_STEP} 学时为单位，每条不超过 ${TRAINING_HOURS_MAX} 学时`}
            >
              <InputNumber step={TRAINING_HOURS_STEP} min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="录入原因" name="reason" required extra="录入原因记入审计日志">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={200} showCount />
            </Form.Item>
          </Col>
        </Row>
      </ZodForm>
    </Modal>
  );
}
