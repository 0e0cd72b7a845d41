import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { ACCOUNT_KIND_LABELS } from '@lx/shared/labels';
import { paths } from '@/config/paths';
import { useKeyboardScrollableTables } from '@lx/ui/accessibility';
import { useLogout } from '@lx/ui/logout';
import { selectedNavKey, visibleNavItems } from './nav-items';
import { UserPanel } from './user-panel';

const HEADER_HEIGHT = 64;

function Brand({ compact }: { compact: boolean }) {
  return (
    <Link
      to={paths.home.getHref()}
      style={{ display: 'flex', alignItems: 'center', gap: 8, flexShrink: 0 }}
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <Typography.Text
        strong
        style={{ fontSize: compact ? 16 : 18, color: '#9f1d20', whiteSpace: 'nowrap' }}
      >
        律协会员服务平台
      </Typography.Text>
    </Link>
  );
}

type AppLayoutProps = { account: CurrentAccount; children: ReactNode };

export function AppLayout({ account, children }: AppLayoutProps) {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a phone, the narrower layout.
  const desktop = screens.md === true;
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  useKeyboardScrollableTables();
  const logout = useLogout({ loginHref: paths.login.getHref() });
  // Until the initial password is changed nothing but the change itself and logging out is offered.
  const restricted = account.mustChangePassword;

  const items = visibleNavItems(account);
  const selected = selectedNavKey(items, pathname);
  const menuItems = items.map((item) => ({
    key: item.key,
    icon: item.icon,
    label: <Link to={item.path}>{item.label}</Link>,
  }));
  // The bar on a wide screen: words only, so all of them fit in one line at 1280 px.
  const barItems = items.map((item) => ({
    key: item.key,
    label: <Link to={item.path}>{item.label}</Link>,
  }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
          display: 'flex',
          alignItems: 'center',
          gap: desktop ? 24 : 8,
          padding: desktop ? '0 24px' : '0 8px',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          boxShadow: '0 1px 4px rgba(0, 0, 0, 0.04)',
        }}
      >
        {!desktop && !restricted ? (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label="打开导航菜单"
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <Brand compact={!desktop} />
        <div style={{ flex: 1 }} />
        {restricted ? (
          <Button
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
          >
            退出登录
          </Button>
        ) : (
          <UserPanel account={account} compact={!desktop} />
        )}
      </Layout.Header>
      {desktop && !restricted ? (
        // The bar has a row of its own, the width of the page: at 1280 px every entry fits, so none
        // hides behind a 「…」 (whose hidden copies of the entries took keyboard focus). On a narrower
        // screen the entries wrap to a second line rather than overflow.
        <nav
          aria-label="主导航"
          style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '0 24px' }}
        >
          <Menu
            mode="horizontal"
            disabledOverflow
            items={barItems}
            selectedKeys={selected ? [selected] : []}
            style={{ borderBottom: 0, lineHeight: '46px', flexWrap: 'wrap' }}
          />
        </nav>
      ) : null}
      {!restricted ? (
        <Drawer
          title={
            <Flex vertical>
              <span>{account.displayName}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                {ACCOUNT_KIND_LABELS[account.kind]}
              </Typography.Text>
            </Flex>
          }
          placement="left"
          size={260}
          open={drawerOpen && !desktop}
          onClose={() => setDrawerOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <nav aria-label="主导航">
            <Menu
              mode="inline"
              items={menuItems}
              selectedKeys={selected ? [selected] : []}
              onClick={() => setDrawerOpen(false)}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Drawer>
      ) : null}
      <Layout.Content
        style={{ padding: desktop ? 24 : 12, width: '100%', maxWidth: 1280, margin: '0 auto' }}
      >
        {/* Layout.Content is the page's one <main> landmark. */}
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#595959', padding: '16px 12px' }}>
        律协会员服务平台 · 会员在线办事
      </Layout.Footer>
    </Layout>
  );
}
