import { Card, Col, Flex, Row, Space } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { TICKET_WORKFLOW } from '@lx/shared/ticket-workflow';
import { canApply } from '@lx/shared/workflow';
import { useParams } from 'react-router';
import { BackToQueue } from '@/lib/queue-link';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { ticketAttachmentUrl, useTicket } from '../api/get-ticket';
import { TicketActions } from '../components/ticket-actions';
import { TicketInfoCard } from '../components/ticket-info-card';
import { TicketMemberLink } from '../components/ticket-member-link';
import { TicketReplyForm } from '../components/ticket-reply-form';
import { TicketStateTag } from '@lx/ui/state-tags';
import { TicketThread } from '@lx/ui/ticket-thread';

function BackLink() {
  return <BackToQueue list={paths.tickets.path} label="返回工单列表" />;
}

/** 工单详情: the ticket, its conversation and the reply form; 指派给我 and 标记已解决. */
export function TicketDetailPage() {
  const { id = '' } = useParams();
  const detail = useTicket(id);

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="工单详情" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const ticket = detail.data;
  const canReply = canApply(TICKET_WORKFLOW, 'reply', ticket.state);
  return (
    <>
      <BackLink />
      <PageHeader
        title={`${ticket.number} ${ticket.title}`}
        tags={<TicketStateTag state={ticket.state} />}
        extra={
          <Space wrap>
            <TicketMemberLink ticketId={ticket.id} />
            <TicketActions ticket={ticket} />
          </Space>
        }
      >
        {[
          ticket.requesterName,
          ticket.category,
          `提交时间 ${formatDateTime(ticket.createdAt)}`,
        ].join(' · ')}
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <TicketInfoCard ticket={ticket} />
        </Col>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title="工单对话" role="region" aria-label="工单对话">
              <TicketThread
                messages={ticket.messages}
                viewer="staff"
                attachmentUrl={(attachmentId) => ticketAttachmentUrl(ticket.id, attachmentId)}
              />
            </Card>
            {canReply ? <TicketReplyForm key={ticket.id} ticketId={ticket.id} /> : null}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
