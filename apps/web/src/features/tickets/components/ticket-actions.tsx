import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { TICKET_MEMBER_ACTION_HINTS, TICKET_WORKFLOW } from '@lx/shared/ticket-workflow';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { useCancelTicket } from '../api/cancel-ticket';
import { useCloseTicket } from '../api/close-ticket';

type TicketActionsProps = {
  ticket: TicketDetail;
  /** After a refusal because the ticket moved on (409): the page reloads it. */
  onConflict: () => void;
};

/**
 * 关闭工单 once someone has taken the ticket up, 取消工单 while it is not closed (the server's
 * canClose/canCancel, from the workflow table); each after a confirmation.
 */
export function TicketActions({ ticket, onConflict }: TicketActionsProps) {
  const { message } = App.useApp();
  const close = useCloseTicket();
  const cancel = useCancelTicket();

  const run = async (action: (id: string) => Promise<unknown>, done: string) => {
    try {
      await action(ticket.id);
      void message.success(done);
    } catch (error) {
      void message.error(errorMessage(error));
      if (error instanceof ApiRequestError && error.status === 409) onConflict();
    }
  };

  if (!ticket.canClose && !ticket.canCancel) return null;
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={12} align="center">
        {ticket.canClose ? (
          <Popconfirm
            title="确定关闭该工单吗？"
            description={TICKET_MEMBER_ACTION_HINTS.close}
            onConfirm={() => run(close.mutateAsync, '工单已关闭')}
          >
            <Button loading={close.isPending}>{TICKET_WORKFLOW.transitions.close.label}</Button>
          </Popconfirm>
        ) : null}
        {ticket.canCancel ? (
          <Popconfirm
            title="确定取消该工单吗？"
            description={TICKET_MEMBER_ACTION_HINTS.cancel}
            onConfirm={() => run(cancel.mutateAsync, '工单已取消')}
          >
            <Button danger loading={cancel.isPending}>
              {TICKET_WORKFLOW.transitions.cancel.label}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
      {/* The difference, said where the choice is made. */}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {ticket.canClose ? (
          <>
            {TICKET_WORKFLOW.transitions.close.label}：{TICKET_MEMBER_ACTION_HINTS.close}
            <br />
          </>
        ) : null}
        {ticket.canCancel
          ? `${TICKET_WORKFLOW.transitions.cancel.label}：${TICKET_MEMBER_ACTION_HINTS.cancel}`
          : null}
      </Typography.Text>
    </Flex>
  );
}
