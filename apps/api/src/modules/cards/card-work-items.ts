import { clause } from '@lx/shared/sentences';
import { directSql } from '../../db/direct-sql.ts';
import type { WorkItemSource } from '../home/work-items.ts';

/** A lawyer's latest card application that needs them: a card to collect or a rejection. */
export const ownCardWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (auth.kind !== 'LAWYER') return [];
  // The direct lane (no query compiler): every lawyer's home runs it.
  const [application] = await directSql(prisma)<{
    id: string;
    state: 'REJECTED' | 'VERIFIED';
    rejectReason: string | null;
  }>`
    SELECT c.id::text AS id, c.state::text AS state, c."rejectReason"
    FROM "CardApplication" c JOIN "Lawyer" l ON l.id = c."lawyerId"
    WHERE l."accountId" = ${auth.accountId}::uuid AND c.state IN ('REJECTED', 'VERIFIED')
    ORDER BY c.number DESC
    LIMIT 1`;
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
};

/** Card staff: how many new applications wait to be accepted. */
export const cardQueueWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('card.manage')) return [];
  const waiting = await prisma.cardApplication.count({ where: { state: 'PENDING' } });
  if (waiting === 0) return [];
  return [
    {
      key: 'card-applications',
      title: '待受理的会员卡申请',
      description: `${waiting} 份会员卡申请等待受理。`,
      link: '/cards?state=PENDING',
      level: 'todo',
      count: waiting,
    },
  ];
};
