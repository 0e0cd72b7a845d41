import { Menu } from 'antd';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { Link, useLocation } from 'react-router';
import { hasPermission } from '../../lib/auth/permissions';
import { CONSOLE_SECTIONS, sectionOf } from '../console-sections';

/** The console's menu: the sections this account's permissions allow, as real links. */
export function SideMenu({
  account,
  onNavigate,
}: {
  account: CurrentAccount;
  onNavigate?: () => void;
}) {
  const { pathname } = useLocation();
  const selected = sectionOf(pathname)?.key;
  const items = CONSOLE_SECTIONS.filter((section) =>
    hasPermission(account, section.permission),
  ).map((section) => ({
    key: section.key,
    icon: section.icon,
    label: (
      <Link
        to={section.path}
        onClick={onNavigate}
        onMouseEnter={() => void section.load()}
        onFocus={() => void section.load()}
      >
        {section.label}
      </Link>
    ),
  }));
  return (
    <Menu theme="dark" mode="inline" items={items} selectedKeys={selected ? [selected] : []} />
  );
}
