import type { WorkItemSource } from '../home/work-items.ts';

/** Outbox readers: messages that failed every retry. */
export const failedJobWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('outbox.read')) return [];
  const failed = await prisma.job.count({ where: { state: 'FAILED' } });
  if (failed === 0) return [];
  return [
    {
      key: 'failed-jobs',
      title: '发送失败的消息',
      description: `${failed} 条短信或邮件多次重试仍未发出。`,
      link: '/sms',
      level: 'todo',
      count: failed,
    },
  ];
};
