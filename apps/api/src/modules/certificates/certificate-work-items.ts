import type { WorkItemSource } from '../home/work-items.ts';

/** 证明审核员: applications waiting for a manual review. */
export const certificateReviewWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('certificate.review')) return [];
  const waiting = await prisma.certificateApplication.count({ where: { state: 'PENDING' } });
  if (waiting === 0) return [];
  return [
    {
      key: 'certificate-applications',
      title: '待审核的电子证明',
      description: `${waiting} 份电子证明申请等待审核。`,
      link: '/certificates?state=PENDING',
      level: 'todo',
      count: waiting,
    },
  ];
};
