import type { WorkItemSource } from '../home/work-items.ts';

/** Announcement managers: drafts nobody has published yet. */
export const announcementDraftWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('announcement.manage')) return [];
  const drafts = await prisma.announcement.count({ where: { state: 'DRAFT' } });
  if (drafts === 0) return [];
  return [
    {
      key: 'announcement-drafts',
      title: '待发布的公告',
      description: `${drafts} 条公告草稿尚未发布。`,
      link: '/announcements',
      level: 'todo',
      count: drafts,
    },
  ];
};
