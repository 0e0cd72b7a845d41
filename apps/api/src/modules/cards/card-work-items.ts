import { clause } from '@lx/shared/sentences';
import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords, workItemSource } from '../home/work-items.ts';

/** A lawyer's latest card application that needs them: a card to collect or a rejection. */
export const ownCardWorkItems = workItemSource<{
  id: string;
  state: 'REJECTED' | 'VERIFIED';
  rejectReason: string | null;
} | null>({
  read: ({ auth }) =>
    auth.kind === 'LAWYER' && auth.lawyerId
      ? sqlFragment`SELECT row_to_json(x) FROM (
          SELECT c.id, c.state, c."rejectReason" FROM "CardApplication" c
          WHERE c."lawyerId" = ${auth.lawyerId}::uuid AND c.state IN ('REJECTED', 'VERIFIED')
          ORDER BY c.number DESC LIMIT 1) x`
      : null,
  items: (application) => {
    if (!application) return [];
    const ready = application.state === 'VERIFIED';
    return [
      {
        key: 'card-application',
        title: ready ? '会员卡可以领取' : '会员卡申请被驳回',
        description: ready
          ? '您的会员卡已制作并验卡完成，请到协会领取。'
          : `驳回原因：${clause(application.rejectReason)}。请撤消后按要求重新申请。`,
        link: `/cards/applications/${application.id}`,
        level: 'todo',
      },
    ];
  },
});

/** Card staff: how many new applications wait to be accepted. */
export const cardQueueWorkItems = waitingRecords(
  'card.manage',
  sqlFragment`SELECT count(*)::int FROM "CardApplication" WHERE state = 'PENDING'`,
  (waiting) => ({
    key: 'card-applications',
    title: '待受理的会员卡申请',
    description: `${waiting} 份会员卡申请等待受理。`,
    link: '/cards?state=PENDING',
  }),
);
