import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import type { MemberRegistration } from '@lx/shared/event-schemas';
import { LEAVE_WORKFLOW, REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useChangeRegistration, type MemberRegistrationAction } from '../api/change-registration';
import { calendarUrl } from '../api/event-form-data';
import { isUpcoming } from './event-texts';
import { WindowButton } from './window-button';

const DONE: Record<MemberRegistrationAction, string> = {
  cancel: '已取消报名',
  accept: '已确认报名',
  decline: '已放弃候补名额',
};

type RegistrationActionsProps = {
  registration: MemberRegistration;
  /** Whose registration it is, in the confirmations of a firm that registered several lawyers. */
  whose: string | null;
  onLeave: (registration: MemberRegistration) => void;
};

/**
 * What the member may do with one registration: the workflow table decides which buttons there
 * are (with its labels), the server's windows whether they are enabled and, if not, why.
 */
export function RegistrationActions({ registration, whose, onLeave }: RegistrationActionsProps) {
  const { message, modal } = App.useApp();
  const cancel = useChangeRegistration('cancel');
  const accept = useChangeRegistration('accept');
  const decline = useChangeRegistration('decline');
  const { state } = registration;
  const labels = REGISTRATION_WORKFLOW.transitions;
  const of = whose ? `${whose}的` : '';
  // One open leave request at a time: while staff decide it, its tag stands in for the button.
  const leavePending =
    registration.leave !== null && canApply(LEAVE_WORKFLOW, 'approve', registration.leave.state);

  const run = async (
    action: MemberRegistrationAction,
    mutate: (id: string) => Promise<unknown>,
  ) => {
    try {
      await mutate(registration.id);
      void message.success(DONE[action]);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const confirm = (
    action: MemberRegistrationAction,
    title: string,
    content: string,
    mutate: (id: string) => Promise<unknown>,
  ) =>
    modal.confirm({
      title,
      content,
      okText: `确定${labels[action].label}`,
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: () => run(action, mutate),
    });

  return (
    <Flex wrap gap={8} align="flex-start">
      {canApply(REGISTRATION_WORKFLOW, 'accept', state) ? (
        <Button
          type="primary"
          loading={accept.isPending}
          onClick={() => void run('accept', accept.mutateAsync)}
        >
          {labels.accept.label}
        </Button>
      ) : null}
      {canApply(REGISTRATION_WORKFLOW, 'decline', state) ? (
        <Button
          danger
          loading={decline.isPending}
          onClick={() =>
            confirm(
              'decline',
              labels.decline.label,
              `确定放弃${of}候补名额吗？放弃后名额将让给下一位候补，如需参加须重新报名。`,
              decline.mutateAsync,
            )
          }
        >
          {labels.decline.label}
        </Button>
      ) : null}
      {canApply(REGISTRATION_WORKFLOW, 'cancel', state) ? (
        <WindowButton
          timeWindow={registration.cancel}
          danger
          loading={cancel.isPending}
          onClick={() =>
            confirm(
              'cancel',
              labels.cancel.label,
              `确定取消${of}本次活动报名吗？取消后名额将释放给其他会员，如需参加须重新报名。`,
              cancel.mutateAsync,
            )
          }
        >
          {labels.cancel.label}
        </WindowButton>
      ) : null}
      {/* 请假 is asked of a held place; staff decide it (approveLeave). */}
      {canApply(REGISTRATION_WORKFLOW, 'approveLeave', state) && !leavePending ? (
        <WindowButton timeWindow={registration.requestLeave} onClick={() => onLeave(registration)}>
          请假
        </WindowButton>
      ) : null}
      {isUpcoming(registration) ? (
        <Button
          icon={<DownloadOutlined aria-hidden />}
          href={calendarUrl(registration.id)}
          download
        >
          下载日历
        </Button>
      ) : null}
    </Flex>
  );
}
