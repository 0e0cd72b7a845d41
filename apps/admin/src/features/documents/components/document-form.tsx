import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import {
  SECRECY_LEVEL_LABELS,
  SECRECY_LEVELS,
  type DocumentInput,
  type StaffDocument,
} from '@lx/shared/document-schemas';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { CirculationEditor } from './circulation-editor';
import {
  DATE_FORMAT,
  documentFormSchema,
  documentFormValues,
  formFieldErrors,
  type DocumentFormValues,
} from './document-form-values';

const secrecyOptions = SECRECY_LEVELS.map((level) => ({
  value: level,
  label: SECRECY_LEVEL_LABELS[level],
}));

/** The API's field errors moved onto the form's fields (`document.` dropped, targets on 传阅对象). */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  return new ApiRequestError(error.status, {
    code: error.code,
    message: error.message,
    fieldErrors: formFieldErrors(error.fieldErrors),
    requestId: error.requestId,
  });
}

type Props = {
  /** The draft as loaded when the form opened (编辑), or null (拟稿). Read once. */
  document: StaffDocument | null;
  pending: boolean;
  /** Sends the checked input; an ApiRequestError's field errors land on the fields. */
  onSave: (input: DocumentInput) => Promise<unknown>;
  /** After a 409 on an edit: loads the version saved meanwhile into a fresh form. */
  onReload?: () => void;
  reloading?: boolean;
  cancelHref: string;
};

/** 拟稿 / 编辑: every field of the shared documentInputSchema, checked by it before sending. */
export function DocumentForm({
  document,
  pending,
  onSave,
  onReload,
  reloading,
  cancelHref,
}: Props) {
  const [form] = Form.useForm<DocumentFormValues>();
  const navigate = useNavigate();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: documentFormSchema });
  const [conflict, setConflict] = useState<string | null>(null);
  const [initialValues] = useState(() => documentFormValues(document));

  // The form is long: after 保存草稿 is refused, bring the first field with a message into view.
  const revealFirstError = () => {
    window.setTimeout(() => {
      const first = form.getFieldsError().find((field) => field.errors.length > 0);
      if (first) form.scrollToField(first.name, { block: 'center' });
    }, 0);
  };

  const submit = async (input: DocumentInput) => {
    setConflict(null);
    await guard(async () => {
      try {
        await onSave(input);
      } catch (error) {
        if (isConflict(error)) {
          setConflict(error.message);
          return;
        }
        throw onFormFields(error);
      }
    });
  };

  return (
    <ZodForm
      name="document"
      form={form}
      schema={documentFormSchema}
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onSubmit={submit}
      autoComplete="off"
    >
      <Flex vertical gap={16}>
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            title={conflict}
            description={
              onReload
                ? '该公文在您编辑期间已被他人保存。重新载入后将显示最新内容，您的修改需要重新填写。'
                : undefined
            }
            action={
              onReload ? (
                <Button size="small" onClick={onReload} loading={reloading}>
                  重新载入
                </Button>
              ) : undefined
            }
          />
        ) : null}
        {alert ? <Alert type="error" showIcon title={alert} /> : null}

        <Card title="公文信息">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item label="公文编号" name="number" required>
                <Input maxLength={50} showCount placeholder="如：东律协〔2026〕12号" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="来文单位" name="issuer" required>
                <Input maxLength={100} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="发文日期" name="issuedOn" required>
                <DatePicker format={DATE_FORMAT} placeholder="选择日期" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="收文日期" name="receivedOn" required>
                <DatePicker format={DATE_FORMAT} placeholder="选择日期" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="保密等级" name="secrecy" required>
                <Select
                  placeholder="选择保密等级"
                  options={secrecyOptions}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="阅读期限" name="readBy" extra="选填；到期前一天提醒未读的收件人">
                <DatePicker format={DATE_FORMAT} placeholder="选择日期" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="公文标题" name="title" required>
                <Input maxLength={200} showCount />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="主题词" name="subjectWords" extra="选填，多个主题词用空格分隔">
                <Input maxLength={200} showCount />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="正文" name="body" required extra="纯文本，换行即分段">
                <Input.TextArea
                  autoSize={{ minRows: 8, maxRows: 24 }}
                  maxLength={20_000}
                  showCount
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title="传阅对象">
          <Form.Item
            label="传阅对象"
            name="circulation"
            required
            extra="先选择传阅方式，再选择具体对象，点击“添加传阅对象”；可添加多项，同一人只会收到一次"
          >
            <CirculationEditor />
          </Form.Item>
        </Card>

        <Flex gap={12} wrap>
          <Button type="primary" htmlType="submit" loading={pending} onClick={revealFirstError}>
            保存草稿
          </Button>
          <Button onClick={() => void navigate(cancelHref)}>取消</Button>
        </Flex>
      </Flex>
    </ZodForm>
  );
}
