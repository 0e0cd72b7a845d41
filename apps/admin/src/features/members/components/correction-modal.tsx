import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import {
  GENDER_LABELS,
  GENDERS,
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import type { MemberCorrectionInput, MemberDetail } from '@lx/shared/member-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCorrectMember } from '../api/member-actions';
import {
  correctionChanges,
  correctionFormSchema,
  correctionInitialValues,
} from './member-form-values';

/**
 * 更正信息: what the member cannot change themselves, checked by the shared schema (身份证号 with its
 * check digit); a number another member holds comes back from the server on its field.
 */
export function CorrectionModal({
  member,
  ticketId,
  onClose,
}: {
  member: MemberDetail;
  ticketId: string | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const correct = useCorrectMember(member.id);
  const { alert, setAlert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: correctionFormSchema,
  });
  const [initialValues] = useState(() => correctionInitialValues(member));

  const submit = async (input: MemberCorrectionInput) => {
    const fields = correctionChanges(member, input);
    if (Object.keys(fields).length === 0) {
      setAlert('所填信息与现有信息相同，没有需要更正的内容');
      return;
    }
    const saved = await guard(async () => {
      try {
        await correct.mutateAsync({ fields, reason: input.reason, ticketId });
      } catch (error) {
        // 'fields' (nothing to change) has no field of its own: it is the form's alert.
        if (error instanceof ApiRequestError && error.fieldErrors.fields) {
          throw new ApiRequestError(error.status, { code: error.code, message: error.message });
        }
        throw error;
      }
    });
    if (saved) {
      void message.success(ticketId ? '已更正，并已在工单中留言' : '已更正');
      onClose();
    }
  };

  return (
    <Modal
      open
      title={`更正信息：${member.name}`}
      okText="保存更正"
      cancelText="取消"
      confirmLoading={correct.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      {ticketId ? (
        <Alert
          type="info"
          showIcon
          title="本次更正将关联到工单，并在工单对话中注明修改内容"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {alert ? <Alert type="error" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="member-correction"
        form={form}
        schema={correctionFormSchema}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        autoComplete="off"
        layout="vertical"
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="姓名" name={['fields', 'name']}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="性别" name={['fields', 'gender']}>
              <Select options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="身份证号" name={['fields', 'idNo']}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="执业证号" name={['fields', 'licenceNo']}>
              <Input maxLength={17} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="执业类别" name={['fields', 'practiceCategory']}>
              <Select
                options={PRACTICE_CATEGORIES.map((c) => ({
                  value: c,
                  label: PRACTICE_CATEGORY_LABELS[c],
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="更正原因" name="reason" required extra="原因记入审计日志">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={200} showCount />
            </Form.Item>
          </Col>
        </Row>
      </ZodForm>
    </Modal>
  );
}
