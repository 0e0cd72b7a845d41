// Staff authorization: a role is a set of permissions (SPEC §1).
export const PERMISSIONS = {
  'profile.review': '审核律师档案',
  'card.manage': '办理会员卡',
  'certificate.review': '审核电子证明',
  'event.manage': '管理活动与培训',
  'document.manage': '管理公文',
  'ticket.handle': '处理工单',
  'announcement.manage': '管理通知公告',
  'member.manage': '管理会员与机构',
  'audit.read': '查看审计日志',
  'outbox.read': '查看短信与邮件发件箱',
  'staff.manage': '管理工作人员账号',
  'statistics.read': '查看统计',
} as const;
export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const STAFF_ROLES = {
  PROFILE_REVIEWER: {
    name: '档案审核员',
    description: '审核律师信息补全与信息变更',
    permissions: ['profile.review'],
  },
  CARD_OFFICER: {
    name: '会员卡专员',
    description: '受理并办理会员卡申请',
    permissions: ['card.manage'],
  },
  CERTIFICATE_REVIEWER: {
    name: '证明审核员',
    description: '审核电子证明申请、撤销证明',
    permissions: ['certificate.review'],
  },
  EVENTS_OFFICER: {
    name: '活动专员',
    description: '发布活动、处理请假、登记签到与培训学时',
    permissions: ['event.manage'],
  },
  DOCUMENTS_CLERK: {
    name: '公文管理员',
    description: '发布公文并管理传阅',
    permissions: ['document.manage'],
  },
  SUPPORT_AGENT: {
    name: '技术支持',
    description: '处理会员工单',
    permissions: ['ticket.handle', 'outbox.read'],
  },
  MEMBER_ADMIN: {
    name: '会员管理员',
    description: '查询与更正会员信息、办理转所、解锁与重置账号、管理执业机构、查看统计',
    // Tickets too: the requests to correct a member arrive as tickets, and the change is noted there.
    permissions: ['member.manage', 'ticket.handle', 'statistics.read'],
  },
  ADMINISTRATOR: {
    name: '系统管理员',
    description: '拥有全部权限',
    permissions: [...Object.keys(PERMISSIONS)],
  },
} as const satisfies Record<
  string,
  { name: string; description: string; permissions: readonly string[] }
>;
export type StaffRoleCode = keyof typeof STAFF_ROLES;
export const STAFF_ROLE_CODES = Object.keys(STAFF_ROLES) as StaffRoleCode[];

export function permissionsOfRoles(roles: readonly StaffRoleCode[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles)
    for (const p of STAFF_ROLES[role].permissions) granted.add(p as Permission);
  return granted;
}
