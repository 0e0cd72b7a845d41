import { App, Button, Popconfirm, Space } from 'antd';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { TICKET_WORKFLOW } from '@lx/shared/ticket-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useAssignTicket } from '../api/assign-ticket';
import { useCloseTicket } from '../api/close-ticket';

/** 指派给我 while nobody handles the ticket yet; 标记已解决 while it is open. */
export function TicketActions({ ticket }: { ticket: TicketDetail }) {
  const { message } = App.useApp();
  const assign = useAssignTicket();
  const close = useCloseTicket();
  const { assign: assigning, resolve: resolving } = TICKET_WORKFLOW.transitions;
  // The server also lets an officer take over a colleague's ticket; the page offers only the
  // unclaimed ones (a ticket is unclaimed exactly while 待处理).
  const canAssign =
    canApply(TICKET_WORKFLOW, 'assign', ticket.state) && ticket.assigneeName === null;
  const canResolve = canApply(TICKET_WORKFLOW, 'resolve', ticket.state);
  if (!canAssign && !canResolve) return null;

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      void message.success(success);
    } catch (error) {
      // 409: another officer or the member acted first; the page reloads the ticket.
      void message.error(errorMessage(error));
    }
  };

  return (
    <Space wrap>
      {canAssign ? (
        <Button
          loading={assign.isPending}
          onClick={() => run(() => assign.mutateAsync({ id: ticket.id }), '已指派给我')}
        >
          {assigning.label}
        </Button>
      ) : null}
      {canResolve ? (
        <Popconfirm
          title="确定将该工单标记为已解决并关闭吗？"
          okText="确定"
          cancelText="取消"
          onConfirm={() => run(() => close.mutateAsync({ id: ticket.id }), '工单已关闭')}
        >
          <Button type="primary" loading={close.isPending}>
            {resolving.label}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
