import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { useEffect, useState } from 'react';
import { Link, Outlet, useMatches } from 'react-router';
import { useKeyboardScrollableTables } from '@lx/ui/accessibility';
import { paths } from '@/config/paths';
import { ForbiddenResult } from '@/components/forbidden-result';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { hasPermission } from '../../lib/auth/permissions';
import { readRouteHandle } from '../route-handle';
import { SideMenu } from './side-menu';
import { UserPanel } from './user-panel';

const APP_TITLE = '律协管理后台';

/** The console's name on the dark menu background; a link home. */
function Brand({ collapsed, onClick }: { collapsed?: boolean; onClick?: () => void }) {
  return (
    <Link
      to={paths.dashboard.getHref()}
      onClick={onClick}
      style={{ display: 'block', padding: '16px 20px', whiteSpace: 'nowrap' }}
    >
      <Typography.Text strong style={{ color: '#fff', fontSize: collapsed ? 16 : 18 }}>
        {collapsed ? '律协' : APP_TITLE}
      </Typography.Text>
    </Link>
  );
}

/** The deepest matched route's title and permission. */
function useRouteMeta() {
  const matches = useMatches();
  // Deepest first (no Array.prototype.findLast: Chrome 86, issue 19).
  const handles = matches.map((m) => readRouteHandle(m.handle)).reverse();
  return {
    title: handles.find((h) => h.title)?.title,
    permission: handles.find((h) => h.permission)?.permission,
  };
}

/** Sider menu on desktop (collapsible), a drawer on phones; header with the user panel. */
export function ConsoleLayout({ account }: { account: CurrentAccount }) {
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  useKeyboardScrollableTables();
  const { title, permission } = useRouteMeta();
  const allowed = hasPermission(account, permission);

  useEffect(() => {
    document.title = title ? `${title} - ${APP_TITLE}` : APP_TITLE;
  }, [title]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isPhone ? null : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={220}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Brand collapsed={collapsed} />
          <SideMenu account={account} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            background: '#fff',
            padding: isPhone ? '0 8px' : '0 24px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }}>
            <Flex align="center" gap={4}>
              {isPhone ? (
                <>
                  <Button
                    type="text"
                    icon={<MenuOutlined />}
                    aria-label="打开菜单"
                    onClick={() => setDrawerOpen(true)}
                  />
                  <Typography.Text strong>{APP_TITLE}</Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">{title}</Typography.Text>
              )}
            </Flex>
            <Flex align="center" gap={isPhone ? 4 : 12}>
              <NotificationBell />
              <UserPanel account={account} compact={isPhone} />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          {allowed ? <Outlet /> : <ForbiddenResult />}
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#595959', padding: '12px 24px' }}>
          律师协会会员服务平台 · 管理后台
        </Layout.Footer>
      </Layout>
      {isPhone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <Brand onClick={() => setDrawerOpen(false)} />
          <SideMenu account={account} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : null}
    </Layout>
  );
}
