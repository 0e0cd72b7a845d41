import { text } from './formats.ts';

export const PASSWORD_MIN_LENGTH = 8;

export const newPasswordField = text({ error: '请输入新密码' })
  .min(PASSWORD_MIN_LENGTH, { error: `新密码至少 ${PASSWORD_MIN_LENGTH} 位` })
  .max(64, { error: '新密码不能超过 64 位' })
  .refine((v) => !/^\d+$/.test(v), { error: '新密码不能全为数字，请加入字母或符号' });
