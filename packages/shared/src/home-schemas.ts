import { z } from 'zod';

// A work item on the home page: something the member or staff member should do next.
export const workItemSchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  link: z.string(),
  level: z.enum(['todo', 'info', 'done']),
  count: z.number().int().optional(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const homeSchema = z.object({
  workItems: z.array(workItemSchema),
  announcements: z.array(
    z.object({ id: z.string(), title: z.string(), pinned: z.boolean(), publishedAt: z.string() }),
  ),
  unreadNotifications: z.number().int(),
  association: z.object({ name: z.string(), supportPhone: z.string(), supportEmail: z.string() }),
});
export type Home = z.infer<typeof homeSchema>;

export const smsMessageSchema = z.object({
  id: z.string(),
  mobile: z.string(),
  purpose: z.string(),
  content: z.string(),
  provider: z.string().nullable(),
  state: z.enum(['PENDING', 'SENT', 'FAILED']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type SmsMessage = z.infer<typeof smsMessageSchema>;
