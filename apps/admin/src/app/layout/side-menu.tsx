import { Menu, type MenuProps } from 'antd';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { Link, useLocation } from 'react-router';
import { hasPermission } from '../../lib/auth/permissions';
import { CONSOLE_SECTIONS, sectionOf, type ConsoleSection } from '../console-sections';

type MenuItem = Required<MenuProps>['items'][number];

/**
 * The menu's items: each allowed section as a link; sections of a group (活动管理) as one submenu,
 * where the group's first allowed section stands.
 */
function menuItems(sections: readonly ConsoleSection[], onNavigate?: () => void): MenuItem[] {
  const items: MenuItem[] = [];
  const groups = new Map<string, MenuItem[]>();
  for (const section of sections) {
    const item: MenuItem = {
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
    };
    const group = section.group;
    if (!group) {
      items.push(item);
      continue;
    }
    const children = groups.get(group.key);
    if (children) {
      children.push(item);
      continue;
    }
    const first = [item];
    groups.set(group.key, first);
    items.push({ key: group.key, icon: group.icon, label: group.label, children: first });
  }
  return items;
}

/** The console's menu: the sections this account's permissions allow, as real links. */
export function SideMenu({
  account,
  onNavigate,
}: {
  account: CurrentAccount;
  onNavigate?: () => void;
}) {
  const { pathname } = useLocation();
  const selected = sectionOf(pathname);
  const allowed = CONSOLE_SECTIONS.filter((section) => hasPermission(account, section.permission));
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={menuItems(allowed, onNavigate)}
      selectedKeys={selected ? [selected.key] : []}
      // The group of the page shown is open when the menu appears (on a phone: each time).
      defaultOpenKeys={selected?.group ? [selected.group.key] : []}
    />
  );
}
