import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useLogout } from '@lx/ui/logout';
import { roleName } from '@/lib/roles';

/** The header's user panel: who is logged in, in which roles; 修改密码 and 退出登录. */
export function UserPanel({ account, compact }: { account: CurrentAccount; compact: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout({ loginHref: paths.login.getHref() });
  const roles = account.roles.map(roleName).join('、');

  const items = [
    { key: 'change-password', icon: <KeyOutlined />, label: '修改密码' },
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
  ];
  const onClick = ({ key }: { key: string }) => {
    if (key === 'change-password') void navigate(paths.changePassword.getHref());
    if (key === 'logout') logout.mutate();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" style={{ height: 'auto', padding: '4px 8px' }} loading={logout.isPending}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#9f1d20' }} />
          <Flex vertical align="flex-start" style={{ lineHeight: 1.3 }}>
            <Typography.Text strong>{account.displayName}</Typography.Text>
            {!compact && roles ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {roles}
              </Typography.Text>
            ) : null}
          </Flex>
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
