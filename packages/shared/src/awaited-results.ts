import { z } from 'zod';

// The results a member waits for (SPEC §2.11): each reaches them in-app always, and by SMS and by
// e-mail unless they turned that off in 账号设置 → 消息提醒. One SMS holds 70 characters.

export const AWAITED_RESULTS = [
  'profile',
  'card',
  'certificate',
  'ticket',
  'leave',
  'waitlist',
  'document',
] as const;
export type AwaitedResult = (typeof AWAITED_RESULTS)[number];
export const AWAITED_RESULT_LABELS: Record<AwaitedResult, string> = {
  profile: '档案审核结果',
  card: '会员卡受理、可领取与驳回',
  certificate: '电子证明签发与驳回',
  ticket: '工单回复',
  leave: '活动请假审核结果',
  waitlist: '活动候补名额',
  document: '关注公文的新反馈',
};

export const SMS_MAX_CHARS = 70;

/** The results that reach the member by SMS and by e-mail (the rest are turned off). */
export const notificationPreferencesSchema = z.object({
  sms: z.array(z.enum(AWAITED_RESULTS, { error: '消息类型不正确' })),
  email: z.array(z.enum(AWAITED_RESULTS, { error: '消息类型不正确' })),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationSettingsSchema = notificationPreferencesSchema.extend({
  /** Where they go: null when the account has none (the page says how to add one). */
  mobile: z.string().nullable(),
  emailAddress: z.string().nullable(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** The opt-outs kept on the account, from the choices on the page. */
export const optOuts = (on: readonly AwaitedResult[]) =>
  AWAITED_RESULTS.filter((kind) => !on.includes(kind));
