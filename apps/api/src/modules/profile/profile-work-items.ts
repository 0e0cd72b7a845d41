import { clause } from '@lx/shared/sentences';
import type { ProfileState } from '@lx/shared/profile-workflow';
import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords, workItemSource } from '../home/work-items.ts';

/** A lawyer's own profile while it is not yet approved: fill it in, fix it, or wait. */
export const ownProfileWorkItems = workItemSource<{
  state: ProfileState;
  reviewOpinion: string | null;
} | null>({
  read: ({ auth }) =>
    auth.kind === 'LAWYER' && auth.lawyerId
      ? sqlFragment`SELECT row_to_json(x) FROM (
          SELECT p.state, p."reviewOpinion" FROM "LawyerProfile" p
          WHERE p."lawyerId" = ${auth.lawyerId}::uuid) x`
      : null,
  items: (profile) => {
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
  },
});

/** Reviewers: how many submitted profiles wait for them. */
export const profileReviewWorkItems = waitingRecords(
  'profile.review',
  sqlFragment`SELECT count(*)::int FROM "LawyerProfile" WHERE state = 'SUBMITTED'`,
  (waiting) => ({
    key: 'profile-reviews',
    title: '待审核的律师档案',
    description: `${waiting} 份律师档案等待审核。`,
    link: '/profiles',
  }),
);
