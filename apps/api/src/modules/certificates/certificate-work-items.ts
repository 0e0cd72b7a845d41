import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords } from '../home/work-items.ts';

/** 证明审核员: applications waiting for a manual review. */
export const certificateReviewWorkItems = waitingRecords(
  'certificate.review',
  sqlFragment`SELECT count(*)::int FROM "CertificateApplication" WHERE state = 'PENDING'`,
  (waiting) => ({
    key: 'certificate-applications',
    title: '待审核的电子证明',
    description: `${waiting} 份电子证明申请等待审核。`,
    link: '/certificates?state=PENDING',
  }),
);
