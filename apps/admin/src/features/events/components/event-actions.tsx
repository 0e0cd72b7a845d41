import { EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { StaffEvent } from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW, type EventAction } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useCloseEventAttendance, usePublishEvent } from '../api/event-transitions';
import { CancelEventModal } from './cancel-event-modal';

const CONFIRM: Partial<Record<EventAction, string>> = {
  publish: '发布后，报名范围内的会员即可看到该活动，并在报名时间内报名。确定发布吗？',
  closeAttendance:
    '结束签到后，未签到且未请假的报名将记为缺席，已签到的律师获得本活动学时。此操作不能撤销，确定结束签到吗？',
};

/** 编辑, 发布, 结束签到 and 取消活动, each only where EVENT_WORKFLOW allows it from the state. */
export function EventActions({ event }: { event: StaffEvent }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const publish = usePublishEvent();
  const closeAttendance = useCloseEventAttendance();
  const [cancelling, setCancelling] = useState(false);
  const { transitions } = EVENT_WORKFLOW;
  const can = (action: EventAction) => canApply(EVENT_WORKFLOW, action, event.state);
  const steps = { publish, closeAttendance };

  const run = async (action: keyof typeof steps, success: string) => {
    try {
      await steps[action].mutateAsync({ id: event.id });
      void message.success(success);
    } catch (error) {
      // 409: someone changed the event meanwhile; the page reloads it.
      void message.error(errorMessage(error));
    }
  };

  return (
    <>
      <Space wrap>
        {can('edit') ? (
          <Button
            icon={<EditOutlined />}
            onClick={() => void navigate(paths.eventEdit.getHref(event.id))}
          >
            {transitions.edit.label}
          </Button>
        ) : null}
        {(['publish', 'closeAttendance'] as const).filter(can).map((action) => (
          <Popconfirm
            key={action}
            title={transitions[action].label}
            description={CONFIRM[action]}
            okText={transitions[action].label}
            cancelText="取消"
            onConfirm={() => run(action, `已${transitions[action].label}`)}
          >
            <Button type="primary" loading={steps[action].isPending}>
              {transitions[action].label}
            </Button>
          </Popconfirm>
        ))}
        {can('cancel') ? (
          <Button danger onClick={() => setCancelling(true)}>
            {transitions.cancel.label}
          </Button>
        ) : null}
      </Space>
      {cancelling ? (
        <CancelEventModal
          eventId={event.id}
          title={event.title}
          onClose={() => setCancelling(false)}
        />
      ) : null}
    </>
  );
}
