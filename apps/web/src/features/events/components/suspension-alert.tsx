import { Alert } from 'antd';
import { Link } from 'react-router';
import { chineseDate, chineseDateTime, formatDate } from '@lx/shared/dates';
import { paths } from '@/config/paths';
import { useSuspension } from '../api/get-suspension';

const OBJECTION_TICKET = paths.newTicket.getHref({
  category: '活动',
  title: '对暂停网上报名有异议',
  link: paths.events.getHref(),
});

/**
 * 网上报名已暂停: while a suspension runs, until when, the events missed that counted, and how to
 * object (a ticket). Nothing otherwise, also while it loads or if it cannot be read: the API refuses
 * a suspended member's registration with its own message anyway.
 */
export function SuspensionAlert() {
  const suspension = useSuspension().data?.suspension;
  if (!suspension) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`网上报名已暂停至 ${chineseDateTime(suspension.until)}`}
      description={
        <>
          <div>
            {`因无故缺席以下活动，自 ${chineseDate(suspension.startsAt)} 起暂停您的网络报名功能：`}
          </div>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {suspension.events.map((event) => (
              <li key={`${event.startsAt}-${event.title}`} style={{ overflowWrap: 'anywhere' }}>
                {`${formatDate(event.startsAt)} ${event.title}`}
              </li>
            ))}
          </ul>
          <div>
            暂停期间不能在网上报名活动。如有异议，请<Link to={OBJECTION_TICKET}>提交工单</Link>。
          </div>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
