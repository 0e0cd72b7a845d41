import { z } from 'zod';
import { dateField, optional, text } from './formats.ts';
import { pageQuerySchema } from './pagination.ts';

export const auditQuerySchema = pageQuerySchema.extend({
  entityType: text().trim().max(50).optional(),
  entityId: text().trim().max(64).optional(),
  action: text().trim().max(80).optional(),
  actor: text().trim().max(64).optional(),
  from: optional(dateField('开始日期')),
  to: optional(dateField('结束日期')),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

// What the audit log calls each action, in the admin console.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.login-failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.logout': '退出登录',
  'auth.password-changed': '修改密码',
  'auth.password-reset-requested': '申请重置密码',
  'auth.password-reset': '重置密码',
  'account.settings-updated': '修改账户信息',
  'account.avatar-updated': '更换头像',
  'announcement.created': '新建公告',
  'announcement.updated': '修改公告',
  'announcement.publish': '发布公告',
  'announcement.withdraw': '撤回公告',
  'announcement.deleted': '删除公告',
  'staff.created': '新建工作人员',
  'staff.updated': '修改工作人员',
  'staff.password-reset': '重设工作人员密码',
};
