import {
  BellOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Badge, Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { ACCOUNT_KIND_LABELS } from '@lx/shared/labels';
import { paths } from '@/config/paths';
import { useLogout } from '@lx/ui/logout';
import { useAvatarUrl } from '@/lib/avatar';
import { useUnreadNotificationCount } from '@/features/notifications/api/get-notifications';

type UserPanelProps = { account: CurrentAccount; compact: boolean };

export function UserPanel({ account, compact }: UserPanelProps) {
  const navigate = useNavigate();
  const logout = useLogout({ loginHref: paths.login.getHref() });
  const avatarUrl = useAvatarUrl(account);
  const unread = useUnreadNotificationCount();

  const items: MenuProps['items'] = [
    { key: 'account', icon: <SettingOutlined />, label: '账户设置' },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'account') void navigate(paths.accountSettings.getHref());
    if (key === 'password') void navigate(paths.changePassword.getHref());
    if (key === 'logout') logout.mutate();
  };

  return (
    <Flex align="center" gap={compact ? 4 : 12}>
      <Link
        to={paths.notifications.getHref()}
        aria-label={unread > 0 ? `消息通知，${unread} 条未读` : '消息通知'}
        style={{ display: 'inline-flex', padding: 8 }}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 20, color: '#595959' }} />
        </Badge>
      </Link>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button
          type="text"
          aria-label={`用户菜单：${account.displayName}`}
          style={{ height: 'auto', padding: '4px 8px' }}
        >
          <Flex align="center" gap={8}>
            <Avatar size={32} src={avatarUrl} icon={<UserOutlined />} alt="" />
            {compact ? null : (
              <Flex vertical align="flex-start" style={{ lineHeight: 1.3 }}>
                <Typography.Text strong>{account.displayName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ACCOUNT_KIND_LABELS[account.kind]}
                </Typography.Text>
              </Flex>
            )}
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
    </Flex>
  );
}
