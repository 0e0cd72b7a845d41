import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useUnreadNotificationCount } from '../api/get-notifications';

/** The header's bell: unread notifications at a glance, a click away. */
export function NotificationBell() {
  const unread = useUnreadNotificationCount();
  const label = unread > 0 ? `消息通知（${unread} 条未读）` : '消息通知';
  return (
    <Tooltip title={label}>
      <Link to={paths.notifications.getHref()} aria-label={label}>
        <Badge count={unread} size="small" overflowCount={99}>
          <Button type="text" shape="circle" icon={<BellOutlined />} tabIndex={-1} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
