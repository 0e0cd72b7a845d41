import {
  BellOutlined,
  CalendarOutlined,
  CreditCardOutlined,
  CustomerServiceOutlined,
  FileTextOutlined,
  HomeOutlined,
  IdcardOutlined,
  NotificationOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { paths } from '@/config/paths';

export type NavItem = {
  key: string;
  label: string;
  /** The page the entry opens; it is also the entry's section: any path under it selects it. */
  path: string;
  icon: ReactNode;
  /** Omit for an entry every member sees; otherwise who sees it (e.g. firms only). */
  visible?: (account: CurrentAccount) => boolean;
};

// The main navigation, in display order. A new module adds one entry here.
export const navItems: NavItem[] = [
  { key: 'home', label: '首页', path: paths.home.getHref(), icon: <HomeOutlined /> },
  {
    key: 'profile',
    label: '个人档案',
    path: paths.profile.path,
    icon: <IdcardOutlined />,
    visible: (account) => account.kind === 'LAWYER',
  },
  {
    key: 'cards',
    label: '会员卡',
    path: paths.cards.path,
    icon: <CreditCardOutlined />,
    visible: (account) => account.kind === 'LAWYER',
  },
  {
    key: 'roster',
    label: '律师列表',
    path: paths.roster.path,
    icon: <TeamOutlined />,
    visible: (account) => account.kind === 'ORGANISATION',
  },
  {
    key: 'certificates',
    label: '电子证明',
    path: paths.certificates.path,
    icon: <SafetyCertificateOutlined />,
  },
  {
    key: 'events',
    label: '活动报名',
    path: paths.events.path,
    icon: <CalendarOutlined />,
  },
  {
    // A lawyer's own hours; a firm's or office's lawyers' hours (本所律师学时).
    key: 'training',
    label: '培训记录',
    path: paths.training.path,
    icon: <ReadOutlined aria-hidden />,
    visible: (account) => account.kind === 'LAWYER' || account.kind === 'ORGANISATION',
  },
  {
    key: 'documents',
    label: '我的公文',
    path: paths.documents.path,
    icon: <FileTextOutlined aria-hidden />,
  },
  {
    key: 'announcements',
    label: '通知公告',
    path: paths.announcements.path,
    icon: <NotificationOutlined />,
  },
  {
    key: 'notifications',
    label: '消息通知',
    path: paths.notifications.path,
    icon: <BellOutlined />,
  },
  {
    key: 'tickets',
    label: '我的工单',
    path: paths.tickets.path,
    icon: <CustomerServiceOutlined />,
  },
  {
    key: 'help',
    label: '常见问题',
    path: paths.help.path,
    icon: <QuestionCircleOutlined />,
  },
  {
    key: 'account',
    label: '账户设置',
    path: paths.accountSettings.path,
    icon: <SettingOutlined />,
  },
];

export function visibleNavItems(account: CurrentAccount): NavItem[] {
  return navItems.filter((item) => !item.visible || item.visible(account));
}

/** The entry whose section holds `pathname`: the longest matching path wins, '/' only matches itself. */
export function selectedNavKey(items: NavItem[], pathname: string): string | undefined {
  const matches = items.filter((item) =>
    item.path === '/'
      ? pathname === '/'
      : pathname === item.path || pathname.startsWith(`${item.path}/`),
  );
  matches.sort((a, b) => b.path.length - a.path.length);
  return matches[0]?.key;
}
