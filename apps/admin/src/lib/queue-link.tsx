import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';

/**
 * A queue's links to its detail pages carry where the reviewer was (tab, filters, page), so the
 * detail page's back link returns there.
 */
export type QueueLinkState = { from: string };

/** The link state for the queue being shown now. */
export function useQueueLinkState(): QueueLinkState {
  const location = useLocation();
  return { from: `${location.pathname}${location.search}` };
}

/** Back to the queue as it was left, when the page was opened from it; else to the queue itself. */
export function BackToQueue({ list, label }: { list: string; label: string }) {
  const { state } = useLocation();
  const from = (state as Partial<QueueLinkState> | null)?.from;
  const to =
    typeof from === 'string' && (from === list || from.startsWith(`${list}?`)) ? from : list;
  return (
    <Link to={to} style={{ display: 'inline-block', marginBottom: 12 }}>
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}
