import { PROFILE_WORKFLOW, type ProfileAction } from '@lx/shared/profile-workflow';
import { canApply } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict } from '../../lib/domain-error.ts';
import { notifyResult } from '../notifications/notify.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import { incomplete, lockProfile, sectionCounts, toOverview } from './profile-records.ts';

const DECISION = {
  submit: 'SUBMITTED',
  withdraw: 'WITHDRAWN',
  approve: 'APPROVED',
  reject: 'REJECTED',
} as const;

const STATE_REFUSALS: Record<ProfileAction, string> = {
  submit: '档案当前状态不能提交审核',
  withdraw: '只有审核中的档案可以撤回',
  approve: '该档案不在待审核状态，可能已被其他审核人员处理，请刷新后查看',
  reject: '该档案不在待审核状态，可能已被其他审核人员处理，请刷新后查看',
};

/**
 * One step of the review workflow. The transition is applied by a conditional update on the state
 * and the version the actor saw, so of two people acting at once exactly one wins; the other gets
 * a message saying why.
 */
export async function transitionProfile(options: {
  prisma: PrismaClient;
  profileId: string;
  action: ProfileAction;
  version: number;
  actor: Actor;
  opinion?: string;
}) {
  const { prisma, profileId, action, version, actor } = options;
  const rule = PROFILE_WORKFLOW.transitions[action];
  return prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, profileId);
    if (!canApply(PROFILE_WORKFLOW, action, profile.state)) throw conflict(STATE_REFUSALS[action]);
    if (profile.version !== version) {
      throw conflict('档案已有新的变动，请刷新页面后再操作');
    }
    if (action === 'submit') {
      const overview = toOverview(profile, await sectionCounts(tx, profileId));
      const missing = overview.sections.filter((s) => s.status === 'TODO').map((s) => s.label);
      if (!profile.photoUploadedAt) missing.unshift('证件照片');
      if (missing.length > 0) throw incomplete(missing);
    }
    const now = new Date();
    const { count } = await tx.lawyerProfile.updateMany({
      where: { id: profileId, version, state: { in: [...rule.from] } },
      data: {
        state: rule.to,
        version: { increment: 1 },
        ...(action === 'submit' ? { submittedAt: now, reviewOpinion: null, reviewedAt: null } : {}),
        ...(action === 'approve' || action === 'reject'
          ? { reviewedAt: now, reviewerId: actor.accountId, reviewOpinion: options.opinion ?? null }
          : {}),
        ...(action === 'approve' ? { approvedAt: now } : {}),
      },
    });
    if (count === 0) throw conflict(STATE_REFUSALS[action]);
    await tx.profileReview.create({
      data: {
        profileId,
        decision: DECISION[action],
        opinion: options.opinion ?? null,
        actorId: actor.accountId,
        actorName: actor.name,
      },
    });
    await recordAudit(tx, actor, {
      action: `profile.${action}`,
      entityType: 'LawyerProfile',
      entityId: profileId,
      before: { state: profile.state },
      after: { state: rule.to, opinion: options.opinion },
    });
    if (rule.by === 'reviewer') {
      const lawyer = await tx.lawyer.findUniqueOrThrow({ where: { id: profile.lawyerId } });
      if (lawyer.accountId) {
        await notifyResult(
          tx,
          lawyer.accountId,
          action === 'approve'
            ? resultNotices.profileApproved()
            : resultNotices.profileRejected(options.opinion ?? ''),
        );
      }
    }
    return tx.lawyerProfile.findUniqueOrThrow({ where: { id: profileId } });
  });
}
