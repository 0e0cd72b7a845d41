import { App, Button, Popconfirm, Space } from 'antd';
import { isTicketOpen, type TicketDetail } from '@lx/shared/ticket-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useAssignTicket } from '../api/assign-ticket';
import { useCloseTicket } from '../api/close-ticket';

/** 指派给我 while nobody handles the ticket yet; 标记已解决 while it is open. */
export function TicketActions({ ticket }: { ticket: TicketDetail }) {
  const { message } = App.useApp();
  const assign = useAssignTicket();
  const close = useCloseTicket();
  if (!isTicketOpen(ticket.state)) return null;
  const canAssign = ticket.state === 'OPEN' || ticket.assigneeName === null;

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
          指派给我
        </Button>
      ) : null}
      <Popconfirm
        title="确定将该工单标记为已解决并关闭吗？"
        okText="确定"
        cancelText="取消"
        onConfirm={() => run(() => close.mutateAsync({ id: ticket.id }), '工单已关闭')}
      >
        <Button type="primary" loading={close.isPending}>
          标记已解决
        </Button>
      </Popconfirm>
    </Space>
  );
}
