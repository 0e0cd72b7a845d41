import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
} from 'antd';
import { EVENT_WORKFLOW } from '@lx/shared/event-workflow';
import { EVENT_LIMITS, type EventInput, type StaffEvent } from '@lx/shared/event-schemas';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import { ApiRequestError } from '@lx/ui/api-client';
import { ZodForm } from '@lx/ui/zod-form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';
import {
  eventFormSchema,
  eventFormValues,
  formFieldErrors,
  SCOPE_OPTIONS,
  type EventFormValues,
} from './event-form-values';

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';
const trainingKindOptions = TRAINING_KINDS.map((kind) => ({
  value: kind,
  label: TRAINING_KIND_LABELS[kind],
}));

/** The API's field errors moved onto the form's fields (the pickers, 报名范围), or none. */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiRequestError)) return error;
  return new ApiRequestError(error.status, {
    code: error.code,
    message: error.message,
    fieldErrors: formFieldErrors(error.fieldErrors),
    requestId: error.requestId,
  });
}

/**
 * A published event stays published when edited (the edit `stays` there), and there its capacity
 * may only grow: members hold places under it.
 */
function isLive(event: StaffEvent | null): event is StaffEvent {
  return Boolean(event && EVENT_WORKFLOW.transitions.edit.stays?.includes(event.state));
}

type Props = {
  /** The event as loaded when the form opened (edit), or null (new). Read once. */
  event: StaffEvent | null;
  pending: boolean;
  /** Sends the checked input; an ApiRequestError's field errors land on the fields. */
  onSave: (input: EventInput) => Promise<unknown>;
  /** After a 409 on an edit: loads the version saved meanwhile into a fresh form. */
  onReload?: () => void;
  reloading?: boolean;
  cancelHref: string;
};

/** 新建活动 / 编辑活动: every field of the shared eventInputSchema, checked by it before sending. */
export function EventForm({ event, pending, onSave, onReload, reloading, cancelHref }: Props) {
  const [form] = Form.useForm<EventFormValues>();
  const navigate = useNavigate();
  const { alert, guard, onValuesChange } = useFormFeedback({ form, schema: eventFormSchema });
  const [conflict, setConflict] = useState<string | null>(null);
  const [initialValues] = useState(() => eventFormValues(event));
  const waitlist = Form.useWatch('waitlist', form) ?? initialValues.waitlist;
  const live = isLive(event);

  // The form is long: after 保存 is refused, bring the first field with a message into view.
  const revealFirstError = () => {
    window.setTimeout(() => {
      const first = form.getFieldsError().find((field) => field.errors.length > 0);
      if (first) form.scrollToField(first.name, { block: 'center' });
    }, 0);
  };

  const submit = async (input: EventInput) => {
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
      name="event"
      form={form}
      schema={eventFormSchema}
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
                ? '该活动在您编辑期间已被他人保存。重新载入后将显示最新内容，您的修改需要重新填写。'
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

        <Card title="活动信息">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item label="活动名称" name="title" required>
                <Input maxLength={100} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="主办方" name="organiser" required>
                <Input maxLength={100} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="活动地点" name="location" required>
                <Input maxLength={200} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item label="活动时间" name="eventTime" required>
                <DatePicker.RangePicker
                  showTime={{ format: 'HH:mm' }}
                  format={TIME_FORMAT}
                  placeholder={['活动开始时间', '活动结束时间']}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label="邀请嘉宾" name="guests" extra="如有多位嘉宾，请用顿号或换行分隔">
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title="报名设置">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item
                label="报名时间"
                name="registrationTime"
                required
                extra="报满即止：名额报满后不再接受报名（允许候补时可排队候补）；报名截止时间不能晚于活动开始时间"
              >
                <DatePicker.RangePicker
                  showTime={{ format: 'HH:mm' }}
                  format={TIME_FORMAT}
                  placeholder={['报名开始时间', '报名截止时间']}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                label="报名人数限制"
                name="capacity"
                required
                extra={
                  live
                    ? `活动已发布，名额只能增加、不能减少（现为 ${event.capacity} 人，已占用 ${event.placesTaken} 个）`
                    : undefined
                }
              >
                <InputNumber step={1} style={{ width: '100%' }} suffix="人" />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                label="每人限报"
                name="perAccountLimit"
                required
                extra="律所、机构账号可为所内多名律师报名"
              >
                <InputNumber step={1} style={{ width: '100%' }} suffix="人" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label="报名范围"
                name="scope"
                required
                extra="勾选可报名的人员类别；勾选“全部…”则该类机构的律师均可报名"
              >
                <Checkbox.Group options={SCOPE_OPTIONS} role="group" aria-label="报名范围" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="报名需上传附件"
                name="attachmentsRequired"
                valuePropName="checked"
                extra="开启后，报名时须上传图片或 PDF 附件"
              >
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="允许候补"
                name="waitlist"
                valuePropName="checked"
                extra="报满后可排队候补，有名额空出时依次通知"
              >
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="候补名额保留时长（小时）"
                name="offerHours"
                required
                extra={`候补者收到名额后须在此时长内确认，最长 ${EVENT_LIMITS.offerHours} 小时，且不晚于报名截止`}
              >
                <InputNumber
                  step={1}
                  style={{ width: '100%' }}
                  suffix="小时"
                  disabled={!waitlist}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title="活动说明">
          <Form.Item label="报名须知" name="notice">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item label="活动简介" name="summary">
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item label="注意事项" name="precautions">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
          </Form.Item>
        </Card>

        <Card title="培训学时">
          <Row gutter={16}>
            <Col xs={12} md={8}>
              <Form.Item
                label="学时"
                name="trainingHours"
                required
                extra="签到的律师在结束签到后获得该学时；0 为不记学时"
              >
                <InputNumber step={0.5} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item label="培训类别" name="trainingKind">
                <Select
                  allowClear
                  placeholder="不记学时可不选"
                  options={trainingKindOptions}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Flex gap={12} wrap>
          <Button type="primary" htmlType="submit" loading={pending} onClick={revealFirstError}>
            保存
          </Button>
          <Button onClick={() => void navigate(cancelHref)}>取消</Button>
        </Flex>
      </Flex>
    </ZodForm>
  );
}
