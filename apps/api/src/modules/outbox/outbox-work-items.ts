import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords } from '../home/work-items.ts';

/** Outbox readers: messages that failed every retry. */
export const failedJobWorkItems = waitingRecords(
  'outbox.read',
  sqlFragment`SELECT count(*)::int FROM "Job" WHERE state = 'FAILED'`,
  (failed) => ({
    key: 'failed-jobs',
    title: '发送失败的消息',
    description: `${failed} 条短信或邮件多次重试仍未发出。`,
    link: '/sms',
  }),
);
