import { clause } from '@lx/shared/sentences';
import type { ProfileState } from '@lx/shared/profile-workflow';
import { directSql } from '../../db/direct-sql.ts';
import type { WorkItemSource } from '../home/work-items.ts';

/** A lawyer's own profile while it is not yet approved: fill it in, fix it, or wait. */
export const ownProfileWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (auth.kind !== 'LAWYER') return [];
  // The direct lane (no query compiler): every lawyer's home runs it.
  const [profile] = await directSql(prisma)<{ state: ProfileState; reviewOpinion: string | null }>`
    SELECT p.state::text AS state, p."reviewOpinion"
    FROM "LawyerProfile" p JOIN "Lawyer" l ON l.id = p."lawyerId"
    WHERE l."accountId" = ${auth.accountId}::uuid`;
  const state = profile?.state ?? 'DRAFT';
  const texts = {
    DRAFT: ['信息补全', '首次登录系统后，请补全个人档案的 13 项信息并正式提交审核。', 'todo'],
    REJECTED: [
      '档案信息未通过审核',
      `审核意见：${clause(profile?.reviewOpinion)}。请修改后重新提交。`,
      'todo',
    ],
    SUBMITTED: ['档案信息审核中', '您的材料已经提交审核，目前正在审核中。', 'info'],
    APPROVED: null,
  } as const;
  const text = texts[state];
  if (!text) return [];
  return [
    { key: 'profile', title: text[0], description: text[1], link: '/profile', level: text[2] },
  ];
};

/** Reviewers: how many submitted profiles wait for them. */
export const profileReviewWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('profile.review')) return [];
  const waiting = await prisma.lawyerProfile.count({ where: { state: 'SUBMITTED' } });
  if (waiting === 0) return [];
  return [
    {
      key: 'profile-reviews',
      title: '待审核的律师档案',
      description: `${waiting} 份律师档案等待审核。`,
      link: '/profiles',
      level: 'todo',
      count: waiting,
    },
  ];
};
