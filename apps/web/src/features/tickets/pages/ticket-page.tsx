import { Card, Flex, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { formatDateTime } from '@lx/shared/dates';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { BackLink, RecordPage } from '@/components/record-page-state';
import { paths } from '@/config/paths';
import { useTicket } from '../api/get-ticket';
import { TicketActions } from '../components/ticket-actions';
import { TicketLink } from '../components/ticket-link';
import { formatTicketNumber } from '../components/ticket-number';
import { TicketReplyForm } from '../components/ticket-reply-form';
import { TicketStateTag } from '@lx/ui/state-tags';
import { TicketThread } from '@lx/ui/ticket-thread';
import { ticketAttachmentUrl } from '../api/ticket-form-data';

const BACK = { to: paths.tickets.getHref(), label: '返回我的工单' };

/** One of my tickets: the conversation with the association, a follow-up, closing or cancelling. */
export function TicketPage() {
  const { id = '' } = useParams();
  const ticket = useTicket(id);

  return (
    <RecordPage
      query={ticket}
      back={BACK}
      missing={{ title: '工单不存在', subTitle: '该工单不存在，请从我的工单页面进入。' }}
    >
      {(record) => <TicketView ticket={record} onConflict={() => void ticket.refetch()} />}
    </RecordPage>
  );
}

type TicketViewProps = { ticket: TicketDetail; onConflict: () => void };

function TicketView({ ticket, onConflict }: TicketViewProps) {
  const number = formatTicketNumber(ticket.number);
  return (
    <Flex vertical gap={16}>
      <title>{`工单 ${number} - 律协会员服务平台`}</title>
      <div>
        <BackLink {...BACK} />
      </div>
      <Card
        title={
          <Flex wrap gap={8} align="center" style={{ padding: '8px 0' }}>
            <h1 style={{ fontSize: 18, margin: 0, overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
              {ticket.title}
            </h1>
            <TicketStateTag state={ticket.state} />
            <Tag style={{ marginInlineEnd: 0 }}>{ticket.category}</Tag>
          </Flex>
        }
      >
        <Flex vertical gap={12}>
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">工单编号：{number}</Typography.Text>
            <Typography.Text type="secondary">
              提交时间：{formatDateTime(ticket.createdAt)}
            </Typography.Text>
            {ticket.assigneeName ? (
              <Typography.Text type="secondary">处理人：{ticket.assigneeName}</Typography.Text>
            ) : null}
            <TicketLink link={ticket.link} />
          </Flex>
          <TicketActions ticket={ticket} onConflict={onConflict} />
        </Flex>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>工单对话</h2>}>
        <TicketThread
          messages={ticket.messages}
          viewer="member"
          attachmentUrl={(attachmentId) => ticketAttachmentUrl(ticket.id, attachmentId)}
        />
      </Card>
      {ticket.canReply ? (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>追问</h2>}>
          <TicketReplyForm ticket={ticket} onConflict={onConflict} />
        </Card>
      ) : null}
    </Flex>
  );
}
