import type { Announcement, AnnouncementState } from '@lx/shared/announcement-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import { toAnnouncement } from './announcement-management.ts';

const PUBLISHED = { state: 'PUBLISHED' } as const;
const PUBLISHED_ORDER: Prisma.AnnouncementOrderByWithRelationInput[] = [
  { pinned: 'desc' },
  { publishedAt: 'desc' },
];

type PublishedRow = { id: string; title: string; pinned: boolean; publishedAt: Date | null };

function toPublishedItem(row: PublishedRow) {
  return {
    id: row.id,
    title: row.title,
    pinned: row.pinned,
    publishedAt: row.publishedAt!.toISOString(),
  };
}

/** What members see: published announcements, pinned first, newest first. */
export async function findPublishedAnnouncements(prisma: PrismaClient, query: PageQuery) {
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.announcement.findMany({ where: PUBLISHED, orderBy: PUBLISHED_ORDER, ...window }),
    count: () => prisma.announcement.count({ where: PUBLISHED }),
  });
  return { items: rows.map(toPublishedItem), total, page: query.page, pageSize: query.pageSize };
}

/** One published announcement; drafts and withdrawn ones do not exist for members. */
export async function getPublishedAnnouncement(prisma: PrismaClient, id: string) {
  const row = await prisma.announcement.findFirst({ where: { id, ...PUBLISHED } });
  if (!row) throw notFound('公告');
  return { ...toPublishedItem(row), body: row.body };
}

/** The staff list: every state, filtered by state and title, last edited first. */
export async function findAnnouncementPage(
  prisma: PrismaClient,
  query: PageQuery & { state?: AnnouncementState; q?: string },
): Promise<{ items: Announcement[]; total: number; page: number; pageSize: number }> {
  const { state, q } = query;
  const where: Prisma.AnnouncementWhereInput = {
    ...(state ? { state } : {}),
    ...(q ? { title: { contains: q, mode: 'insensitive' } } : {}),
  };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.announcement.findMany({ where, orderBy: { updatedAt: 'desc' }, ...window }),
    count: () => prisma.announcement.count({ where }),
  });
  return { items: rows.map(toAnnouncement), total, page: query.page, pageSize: query.pageSize };
}
