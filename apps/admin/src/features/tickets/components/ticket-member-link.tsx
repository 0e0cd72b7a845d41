import { UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useHasPermission } from '@/lib/auth/permissions';
import { useTicketMember } from '../api/get-ticket-member';

/**
 * 查看会员: the member page of the lawyer who opened the ticket, carrying the ticket so that the
 * corrections and transfers made there are noted in this thread. Only for 会员管理 staff.
 */
export function TicketMemberLink({ ticketId }: { ticketId: string }) {
  const allowed = useHasPermission('member.manage');
  const member = useTicketMember(ticketId, allowed);
  const lawyerId = member.data?.lawyerId;
  if (!allowed || !lawyerId) return null;
  return (
    <Link to={paths.member.getHref(lawyerId, { ticket: ticketId })}>
      <UserOutlined aria-hidden /> 查看会员
    </Link>
  );
}
