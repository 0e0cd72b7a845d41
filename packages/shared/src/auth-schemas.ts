import { z } from 'zod';
import { text } from './formats.ts';
import { newPasswordField } from './password-policy.ts';

export const loginSchema = z.object({
  login: text({ error: '请输入账号' })
    .trim()
    .min(1, { error: '请输入账号' })
    .max(64, { error: '账号过长' }),
  password: text({ error: '请输入密码' })
    .min(1, { error: '请输入密码' })
    .max(128, { error: '密码过长' }),
  // Staff sign in at /admin, members at /: each portal refuses the other's accounts.
  portal: z.enum(['member', 'admin']).default('member'),
});
export type LoginInput = z.infer<typeof loginSchema>;

const confirmMatches = <T extends { newPassword: string; confirmPassword: string }>(v: T) =>
  v.newPassword === v.confirmPassword;

export const changePasswordSchema = z
  .object({
    oldPassword: text({ error: '请输入旧密码' }).min(1, { error: '请输入旧密码' }).max(128),
    newPassword: newPasswordField,
    confirmPassword: text({ error: '请再次输入新密码' }).min(1, { error: '请再次输入新密码' }),
  })
  .refine(confirmMatches, { error: '两次输入的新密码不一致', path: ['confirmPassword'] })
  .refine((v) => v.newPassword !== v.oldPassword, {
    error: '新密码不能与旧密码相同',
    path: ['newPassword'],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const passwordResetRequestSchema = z.object({
  login: text({ error: '请输入账号' }).trim().min(1, { error: '请输入账号' }).max(64),
});
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z
  .object({
    login: text({ error: '请输入账号' }).trim().min(1, { error: '请输入账号' }).max(64),
    code: text({ error: '请输入验证码' })
      .trim()
      .regex(/^\d{6}$/, { error: '验证码为 6 位数字' }),
    newPassword: newPasswordField,
    confirmPassword: text({ error: '请再次输入新密码' }).min(1, { error: '请再次输入新密码' }),
  })
  .refine(confirmMatches, { error: '两次输入的新密码不一致', path: ['confirmPassword'] });
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
export const RESET_CODE_TTL_MINUTES = 10;
export const RESET_CODE_MAX_ATTEMPTS = 5;
