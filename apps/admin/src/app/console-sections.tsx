import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CreditCardOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundOutlined,
  IdcardOutlined,
  ImportOutlined,
  MailOutlined,
  MessageOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { Permission } from '@lx/shared/permissions';
import type { ComponentType, ReactNode } from 'react';
import { paths } from '@/config/paths';

/** A submenu of the console's menu: several sections about one module (活动管理). */
export type ConsoleGroup = { key: string; label: string; icon: ReactNode };

const EVENTS_GROUP: ConsoleGroup = {
  key: 'events-group',
  label: '活动管理',
  icon: <CalendarOutlined />,
};

const DOCUMENTS_GROUP: ConsoleGroup = {
  key: 'documents-group',
  label: '公文管理',
  icon: <FileTextOutlined />,
};

const TRAINING_GROUP: ConsoleGroup = {
  key: 'training-group',
  label: '培训管理',
  icon: <ReadOutlined aria-hidden />,
};

const MEMBERS_GROUP: ConsoleGroup = {
  key: 'members-group',
  label: '会员管理',
  icon: <TeamOutlined aria-hidden />,
};

export type ConsoleSection = {
  key: string;
  /** Menu label and page title. */
  label: string;
  icon: ReactNode;
  /** Route path; pages under it (`/x/:id`) go in `subpages` and keep this menu item selected. */
  path: string;
  /** Who sees the menu item and may open the page; none: every staff member. */
  permission?: Permission;
  /** The page, loaded when first needed (and prefetched when the menu item is hovered). */
  load: () => Promise<ComponentType>;
  subpages?: { path: string; title: string; load: () => Promise<ComponentType> }[];
  /** The submenu the item sits in; the sections of one group follow each other in the list. */
  group?: ConsoleGroup;
};

/**
 * The console's sections, in menu order. A new module adds one entry here: the menu item, the
 * route and its permission check all come from it.
 */
export const CONSOLE_SECTIONS: readonly ConsoleSection[] = [
  {
    key: 'dashboard',
    label: '工作台',
    icon: <DashboardOutlined />,
    path: paths.dashboard.path,
    load: () => import('@/features/dashboard/pages/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    key: 'announcements',
    label: '通知公告',
    icon: <NotificationOutlined />,
    path: paths.announcements.path,
    permission: 'announcement.manage',
    load: () =>
      import('@/features/announcements/pages/announcements-page').then((m) => m.AnnouncementsPage),
  },
  {
    key: 'profiles',
    label: '档案审核',
    icon: <SolutionOutlined />,
    path: paths.profiles.path,
    permission: 'profile.review',
    load: () =>
      import('@/features/profiles/pages/profile-queue-page').then((m) => m.ProfileQueuePage),
    subpages: [
      {
        path: paths.profile.path,
        title: '档案详情',
        load: () =>
          import('@/features/profiles/pages/profile-review-page').then((m) => m.ProfileReviewPage),
      },
    ],
  },
  {
    key: 'cards',
    label: '会员卡办理',
    icon: <CreditCardOutlined />,
    path: paths.cards.path,
    permission: 'card.manage',
    load: () => import('@/features/cards/pages/card-queue-page').then((m) => m.CardQueuePage),
    subpages: [
      {
        path: paths.cardApplication.path,
        title: '申请详情',
        load: () =>
          import('@/features/cards/pages/card-application-page').then((m) => m.CardApplicationPage),
      },
    ],
  },
  {
    key: 'certificates',
    label: '证明审核',
    icon: <SafetyCertificateOutlined />,
    path: paths.certificates.path,
    permission: 'certificate.review',
    load: () =>
      import('@/features/certificates/pages/certificate-queue-page').then(
        (m) => m.CertificateQueuePage,
      ),
    subpages: [
      {
        path: paths.certificate.path,
        title: '证明详情',
        load: () =>
          import('@/features/certificates/pages/certificate-application-page').then(
            (m) => m.CertificateApplicationPage,
          ),
      },
    ],
  },
  {
    key: 'certificate-types',
    label: '证明类型',
    icon: <FileProtectOutlined />,
    path: paths.certificateTypes.path,
    permission: 'certificate.review',
    load: () =>
      import('@/features/certificates/pages/certificate-types-page').then(
        (m) => m.CertificateTypesPage,
      ),
  },
  {
    key: 'events',
    label: '活动列表',
    icon: <CalendarOutlined />,
    path: paths.events.path,
    permission: 'event.manage',
    group: EVENTS_GROUP,
    load: () => import('@/features/events/pages/event-list-page').then((m) => m.EventListPage),
    subpages: [
      {
        path: paths.eventNew.path,
        title: '新建活动',
        load: () =>
          import('@/features/events/pages/event-create-page').then((m) => m.EventCreatePage),
      },
      {
        path: paths.event.path,
        title: '活动详情',
        load: () =>
          import('@/features/events/pages/event-detail-page').then((m) => m.EventDetailPage),
      },
      {
        path: paths.eventEdit.path,
        title: '编辑活动',
        load: () => import('@/features/events/pages/event-edit-page').then((m) => m.EventEditPage),
      },
    ],
  },
  {
    key: 'event-leaves',
    label: '请假审核',
    icon: <AuditOutlined />,
    path: paths.eventLeaves.path,
    permission: 'event.manage',
    group: EVENTS_GROUP,
    load: () => import('@/features/events/pages/leave-queue-page').then((m) => m.LeaveQueuePage),
  },
  {
    key: 'event-suspensions',
    label: '缺席暂停',
    icon: <StopOutlined />,
    path: paths.eventSuspensions.path,
    permission: 'event.manage',
    group: EVENTS_GROUP,
    load: () => import('@/features/events/pages/suspensions-page').then((m) => m.SuspensionsPage),
    subpages: [
      {
        path: paths.eventSettings.path,
        title: '缺席暂停规则',
        load: () =>
          import('@/features/events/pages/event-settings-page').then((m) => m.EventSettingsPage),
      },
    ],
  },
  {
    key: 'training-lawyers',
    label: '学时台账',
    icon: <ProfileOutlined aria-hidden />,
    path: paths.trainingLawyers.path,
    permission: 'event.manage',
    group: TRAINING_GROUP,
    load: () =>
      import('@/features/training/pages/lawyer-ledger-page').then((m) => m.LawyerLedgerPage),
    subpages: [
      {
        path: paths.trainingLawyer.path,
        title: '律师学时台账',
        load: () =>
          import('@/features/training/pages/lawyer-ledger-page').then((m) => m.LawyerLedgerPage),
      },
    ],
  },
  {
    key: 'training-compliance',
    label: '达标报表',
    icon: <BarChartOutlined aria-hidden />,
    path: paths.trainingCompliance.path,
    permission: 'event.manage',
    group: TRAINING_GROUP,
    load: () => import('@/features/training/pages/compliance-page').then((m) => m.CompliancePage),
  },
  {
    key: 'training-imports',
    label: '学时导入',
    icon: <ImportOutlined aria-hidden />,
    path: paths.trainingImports.path,
    permission: 'event.manage',
    group: TRAINING_GROUP,
    load: () =>
      import('@/features/training/pages/training-imports-page').then((m) => m.TrainingImportsPage),
  },
  {
    key: 'training-requirements',
    label: '学时要求',
    icon: <FieldTimeOutlined aria-hidden />,
    path: paths.trainingRequirements.path,
    permission: 'event.manage',
    group: TRAINING_GROUP,
    load: () =>
      import('@/features/training/pages/training-requirements-page').then(
        (m) => m.TrainingRequirementsPage,
      ),
  },
  {
    key: 'documents',
    label: '公文列表',
    icon: <FileTextOutlined />,
    path: paths.documents.path,
    permission: 'document.manage',
    group: DOCUMENTS_GROUP,
    load: () =>
      import('@/features/documents/pages/document-list-page').then((m) => m.DocumentListPage),
    subpages: [
      {
        path: paths.documentNew.path,
        title: '拟稿',
        load: () =>
          import('@/features/documents/pages/document-create-page').then(
            (m) => m.DocumentCreatePage,
          ),
      },
      {
        path: paths.document.path,
        title: '公文详情',
        load: () =>
          import('@/features/documents/pages/document-detail-page').then(
            (m) => m.DocumentDetailPage,
          ),
      },
      {
        path: paths.documentEdit.path,
        title: '编辑公文',
        load: () =>
          import('@/features/documents/pages/document-edit-page').then((m) => m.DocumentEditPage),
      },
    ],
  },
  {
    key: 'circulation-groups',
    label: '传阅组',
    icon: <UsergroupAddOutlined />,
    path: paths.circulationGroups.path,
    permission: 'document.manage',
    group: DOCUMENTS_GROUP,
    load: () =>
      import('@/features/documents/pages/circulation-groups-page').then(
        (m) => m.CirculationGroupsPage,
      ),
  },
  {
    key: 'members',
    label: '会员查询',
    icon: <IdcardOutlined aria-hidden />,
    path: paths.members.path,
    permission: 'member.manage',
    group: MEMBERS_GROUP,
    load: () =>
      import('@/features/members/pages/member-search-page').then((m) => m.MemberSearchPage),
    subpages: [
      {
        path: paths.member.path,
        title: '会员详情',
        load: () =>
          import('@/features/members/pages/member-detail-page').then((m) => m.MemberDetailPage),
      },
    ],
  },
  {
    key: 'member-import',
    label: '会员导入',
    icon: <ImportOutlined aria-hidden />,
    path: paths.memberImport.path,
    permission: 'member.manage',
    group: MEMBERS_GROUP,
    load: () =>
      import('@/features/members/pages/member-import-page').then((m) => m.MemberImportPage),
  },
  {
    key: 'organisations',
    label: '机构管理',
    icon: <BankOutlined aria-hidden />,
    path: paths.organisations.path,
    permission: 'member.manage',
    group: MEMBERS_GROUP,
    load: () =>
      import('@/features/members/pages/organisation-list-page').then((m) => m.OrganisationListPage),
    subpages: [
      {
        path: paths.organisation.path,
        title: '机构详情',
        load: () =>
          import('@/features/members/pages/organisation-detail-page').then(
            (m) => m.OrganisationDetailPage,
          ),
      },
    ],
  },
  {
    key: 'statistics',
    label: '统计分析',
    icon: <FundOutlined aria-hidden />,
    path: paths.statistics.path,
    permission: 'statistics.read',
    load: () => import('@/features/statistics/pages/statistics-page').then((m) => m.StatisticsPage),
  },
  {
    key: 'audit',
    label: '审计日志',
    icon: <FileSearchOutlined />,
    path: paths.audit.path,
    permission: 'audit.read',
    load: () => import('@/features/audit/pages/audit-page').then((m) => m.AuditPage),
  },
  {
    key: 'tickets',
    label: '工单处理',
    icon: <CustomerServiceOutlined />,
    path: paths.tickets.path,
    permission: 'ticket.handle',
    load: () => import('@/features/tickets/pages/ticket-queue-page').then((m) => m.TicketQueuePage),
    subpages: [
      {
        path: paths.ticket.path,
        title: '工单详情',
        load: () =>
          import('@/features/tickets/pages/ticket-detail-page').then((m) => m.TicketDetailPage),
      },
    ],
  },
  {
    key: 'sms',
    label: '短信发件箱',
    icon: <MessageOutlined />,
    path: paths.sms.path,
    permission: 'outbox.read',
    load: () => import('@/features/sms/pages/sms-outbox-page').then((m) => m.SmsOutboxPage),
  },
  {
    key: 'mail',
    label: '邮件发件箱',
    icon: <MailOutlined />,
    path: paths.mail.path,
    permission: 'outbox.read',
    load: () => import('@/features/mail/pages/mail-outbox-page').then((m) => m.MailOutboxPage),
  },
  {
    key: 'staff',
    label: '工作人员',
    icon: <TeamOutlined />,
    path: paths.staff.path,
    permission: 'staff.manage',
    load: () => import('@/features/staff/pages/staff-page').then((m) => m.StaffPage),
  },
];

/** The section a location belongs to: the longest section path that prefixes it. */
export function sectionOf(pathname: string): ConsoleSection | undefined {
  let best: ConsoleSection | undefined;
  for (const section of CONSOLE_SECTIONS) {
    const p = section.path;
    const matches = p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`);
    if (matches && (!best || p.length > best.path.length)) best = section;
  }
  return best;
}
