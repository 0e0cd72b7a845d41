import { z } from 'zod';
import { requiredText } from './formats.ts';

export const ANNOUNCEMENT_STATES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type AnnouncementState = (typeof ANNOUNCEMENT_STATES)[number];
export const ANNOUNCEMENT_STATE_LABELS: Record<AnnouncementState, string> = {
  DRAFT: '草稿',
  PUBLISHED: '已发布',
  WITHDRAWN: '已撤回',
};

export const announcementInputSchema = z.object({
  title: requiredText('标题', 100),
  body: requiredText('正文', 20000),
  pinned: z.boolean().default(false),
});
export type AnnouncementInput = z.infer<typeof announcementInputSchema>;

export const announcementSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  pinned: z.boolean(),
  state: z.enum(ANNOUNCEMENT_STATES),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Announcement = z.infer<typeof announcementSchema>;

// Which state changes staff may make, and the label of the button that makes it.
export const ANNOUNCEMENT_TRANSITIONS = {
  publish: { from: ['DRAFT', 'WITHDRAWN'], to: 'PUBLISHED', label: '发布' },
  withdraw: { from: ['PUBLISHED'], to: 'WITHDRAWN', label: '撤回' },
} as const satisfies Record<
  string,
  { from: readonly AnnouncementState[]; to: AnnouncementState; label: string }
>;
export type AnnouncementAction = keyof typeof ANNOUNCEMENT_TRANSITIONS;
