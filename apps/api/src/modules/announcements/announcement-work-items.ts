import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords } from '../home/work-items.ts';

/** Announcement managers: drafts nobody has published yet. */
export const announcementDraftWorkItems = waitingRecords(
  'announcement.manage',
  sqlFragment`SELECT count(*)::int FROM "Announcement" WHERE state = 'DRAFT'`,
  (drafts) => ({
    key: 'announcement-drafts',
    title: '待发布的公告',
    description: `${drafts} 条公告草稿尚未发布。`,
    link: '/announcements',
  }),
);
