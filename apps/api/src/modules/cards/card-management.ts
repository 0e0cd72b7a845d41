import { formatCardNo } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_WORKFLOW, canReactivateLostCard } from '@lx/shared/card-workflow';
import { canApply } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { lockLawyers, REACTIVATE_REFUSAL, situationOf } from './card-records.ts';

/** 挂失: a card in use is reported lost; it stays lost until reactivated or replaced. */
export async function reportCardLost(options: {
  prisma: PrismaClient;
  lawyerId: string;
  cardId: string;
  actor: Actor;
}): Promise<void> {
  const { prisma, lawyerId, cardId, actor } = options;
  await prisma.$transaction(async (tx) => {
    await lockLawyers(tx, [lawyerId]);
    const card = await tx.card.findFirst({ where: { id: cardId, lawyerId } });
    if (!card) throw notFound('会员卡');
    if (card.state !== 'ACTIVE') {
      throw conflict(`会员卡 ${formatCardNo(card.number)} 不在正常使用状态，不能挂失`);
    }
    await tx.card.update({ where: { id: cardId }, data: { state: 'LOST', lostAt: new Date() } });
    await recordAudit(tx, actor, {
      action: 'card.report-lost',
      entityType: 'Card',
      entityId: cardId,
      before: { state: 'ACTIVE' },
      after: { state: 'LOST' },
    });
  });
}

/**
 * 激活: a card reported lost and found again is in use once more, until a lost-card application
 * has been accepted (a new card is then being made). A lost-card application still pending or
 * rejected is withdrawn with it: it has nothing left to replace.
 */
export async function reactivateCard(options: {
  prisma: PrismaClient;
  lawyerId: string;
  cardId: string;
  actor: Actor;
}): Promise<void> {
  const { prisma, lawyerId, cardId, actor } = options;
  await prisma.$transaction(async (tx) => {
    await lockLawyers(tx, [lawyerId]);
    const situation = await situationOf(tx, lawyerId);
    const card = situation.cards.find((c) => c.id === cardId);
    if (!card) throw notFound('会员卡');
    if (card.state !== 'LOST') {
      throw conflict(`会员卡 ${formatCardNo(card.number)} 未挂失，不需要激活`);
    }
    if (!canReactivateLostCard(situation)) throw conflict(REACTIVATE_REFUSAL);
    await tx.card.update({ where: { id: cardId }, data: { state: 'ACTIVE', lostAt: null } });
    // The lost-card applications still open are cancelled for the member: the card is back.
    const cancel = CARD_APPLICATION_WORKFLOW.transitions.cancel;
    const withdrawn = situation.applications.filter(
      (a) => a.kind === 'LOST' && canApply(CARD_APPLICATION_WORKFLOW, 'cancel', a.state),
    );
    for (const application of withdrawn) {
      await tx.cardApplication.update({
        where: { id: application.id },
        data: { state: cancel.to, version: { increment: 1 } },
      });
      await tx.cardApplicationEvent.create({
        data: {
          applicationId: application.id,
          action: 'reactivated',
          fromState: application.state,
          toState: cancel.to,
          comment: `会员卡 ${formatCardNo(card.number)} 已激活`,
          actorId: actor.accountId,
          actorName: actor.name,
        },
      });
    }
    await recordAudit(tx, actor, {
      action: 'card.reactivate',
      entityType: 'Card',
      entityId: cardId,
      before: { state: 'LOST' },
      after: { state: 'ACTIVE', withdrawnApplications: withdrawn.map((a) => a.id) },
    });
  });
}
