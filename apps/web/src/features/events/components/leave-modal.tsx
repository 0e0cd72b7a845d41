import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { LEAVE_REASONS, type MemberEvent, type MemberRegistration } from '@lx/shared/event-schemas';
import { ZodForm } from '@lx/ui/zod-form';
import { AttachmentUpload, attachmentFiles } from '@/components/attachment-upload';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form-error';
import { useRequestLeave } from '../api/request-leave';
import { timeRange } from './event-texts';
import { leaveFormSchema } from './leave-form-values';

const REASON_OPTIONS = LEAVE_REASONS.map((reason) => ({ label: reason, value: reason }));

type LeaveModalProps = {
  event: MemberEvent;
  /** The registration asked about, kept while the dialog closes; null before the first. */
  registration: MemberRegistration | null;
  open: boolean;
  onClose: () => void;
};

/** 活动请假个人申请: why, a note and proof, for staff to decide. */
export function LeaveModal({ event, registration, open, onClose }: LeaveModalProps) {
  return (
    <Modal
      title="活动请假个人申请"
      open={open && registration !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {registration ? (
        <LeaveForm event={event} registration={registration} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function LeaveForm({
  event,
  registration,
  onClose,
}: {
  event: MemberEvent;
  registration: MemberRegistration;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const requestLeave = useRequestLeave();
  const [refusal, setRefusal] = useState<string | null>(null);
  const withdrawTicket = paths.newTicket.getHref({
    category: '活动',
    title: `取消活动请假：${event.title}`.slice(0, 100),
    link: paths.event.getHref(event.id),
  });

  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'title', label: '活动名称', children: event.title },
          { key: 'time', label: '活动时间', children: timeRange(event.startsAt, event.endsAt) },
          { key: 'name', label: '请假人员', children: registration.name },
        ]}
      />
      <Alert
        type="info"
        title="请假限制须知"
        description={
          <>
            活动请假日期为活动报名结束到活动开始前两小时，如果需临时取消请假，请
            <Link to={withdrawTicket}>提交工单</Link>
          </>
        }
      />
      {refusal ? <Alert type="error" showIcon role="alert" title={refusal} /> : null}
      <ZodForm
        name="event-leave"
        schema={leaveFormSchema}
        initialValues={{ detail: '', attachments: [] }}
        onSubmit={async ({ attachments, ...input }) => {
          setRefusal(null);
          try {
            await requestLeave.mutateAsync({
              registrationId: registration.id,
              input,
              files: attachmentFiles(attachments),
            });
            void message.success('请假申请已提交，请等待审核');
            onClose();
          } catch (error) {
            setRefusal(formErrorMessage(error));
          }
        }}
      >
        <Form.Item label="请假原因" name="reason" required>
          <Select placeholder="请选择请假原因" options={REASON_OPTIONS} />
        </Form.Item>
        <Form.Item label="说明" name="detail">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="请简要说明请假情况" />
        </Form.Item>
        <Form.Item label="请假附件" name="attachments" required>
          <AttachmentUpload disabled={requestLeave.isPending} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          请假经协会审核批准后生效；未获批准又未参加的，按缺席处理。
        </Typography.Paragraph>
        <Flex gap={12} justify="flex-end" wrap>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" htmlType="submit" loading={requestLeave.isPending}>
            请假
          </Button>
        </Flex>
      </ZodForm>
    </Flex>
  );
}
