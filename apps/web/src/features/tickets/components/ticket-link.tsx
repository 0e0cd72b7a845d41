import { Link } from 'react-router';
import { classifyLink } from '@/config/paths';

/** 关联页面: the page of this product a ticket is about. */
export function TicketLink({ link }: { link: string | null | undefined }) {
  const target = classifyLink(link);
  if (target?.kind !== 'internal') return null;
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      关联页面：<Link to={target.to}>{target.to}</Link>
    </span>
  );
}
