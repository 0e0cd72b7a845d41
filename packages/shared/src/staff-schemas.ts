import { z } from 'zod';
import { requiredText, text } from './formats.ts';
import { newPasswordField } from './password-policy.ts';
import { STAFF_ROLE_CODES, type StaffRoleCode } from './permissions.ts';

const roleCodeEnum = z.enum(STAFF_ROLE_CODES as [StaffRoleCode, ...StaffRoleCode[]]);

export const staffUsernameField = text({ error: '请填写用户名' })
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, {
    error: '用户名为 3–32 位小写字母、数字、下划线、点或连字符，以字母开头',
  });

/** At least one role, each once: a role given twice is a slip on the page, not two grants. */
const rolesField = z
  .array(roleCodeEnum, { error: '请至少选择一个角色' })
  .min(1, { error: '请至少选择一个角色' })
  .refine((roles) => new Set(roles).size === roles.length, { error: '角色不能重复选择' });

export const createStaffSchema = z.object({
  username: staffUsernameField,
  displayName: requiredText('姓名', 30),
  roles: rolesField,
  initialPassword: newPasswordField,
});
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const updateStaffSchema = z.object({
  displayName: requiredText('姓名', 30),
  roles: rolesField,
  disabled: z.boolean(),
});
export type UpdateStaffInput = z.infer<typeof updateStaffSchema>;

export const resetStaffPasswordSchema = z.object({ initialPassword: newPasswordField });

export const staffAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleCodeEnum),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;
