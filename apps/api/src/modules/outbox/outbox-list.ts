import type { MailMessage } from '@lx/shared/certificate-schemas';
import type { SmsMessage } from '@lx/shared/home-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';

/**
 * The SMS outbox, newest first. A message's state and attempts live on its delivery job, read in
 * one query for the whole page.
 */
export async function findSmsPage(
  prisma: PrismaClient,
  query: PageQuery & { mobile?: string },
): Promise<{ items: SmsMessage[]; total: number; page: number; pageSize: number }> {
  const { page, pageSize, mobile } = query;
  const where = mobile ? { mobile: { contains: mobile } } : {};
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.smsMessage.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
    count: () => prisma.smsMessage.count({ where }),
  });
  const jobs = await prisma.job.findMany({
    where: { idempotencyKey: { in: rows.map((r) => `sms:${r.id}`) } },
    select: { idempotencyKey: true, state: true, attempts: true, lastError: true },
  });
  const jobOf = new Map(jobs.map((j) => [j.idempotencyKey, j]));
  const items = rows.map((r) => {
    const job = jobOf.get(`sms:${r.id}`);
    const state = r.sentAt
      ? ('SENT' as const)
      : job?.state === 'FAILED'
        ? ('FAILED' as const)
        : ('PENDING' as const);
    return {
      id: r.id,
      mobile: r.mobile,
      purpose: r.purpose,
      content: r.content,
      provider: r.provider,
      state,
      attempts: job?.attempts ?? 0,
      lastError: job?.lastError ?? null,
      sentAt: r.sentAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    };
  });
  return { items, total, page, pageSize };
}

/** The mail outbox, newest first, with the names of the attached files. */
export async function findMailPage(
  prisma: PrismaClient,
  query: PageQuery,
): Promise<{ items: MailMessage[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await findPage(query, {
    find: (window) => prisma.mailMessage.findMany({ orderBy: { createdAt: 'desc' }, ...window }),
    count: () => prisma.mailMessage.count(),
  });
  return {
    items: rows.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      attachmentNames: (m.attachments as { filename: string }[]).map((a) => a.filename),
      transport: m.transport,
      sentAt: m.sentAt?.toISOString() ?? null,
      createdAt: m.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
