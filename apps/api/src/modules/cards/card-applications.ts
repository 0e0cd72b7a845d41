import { randomUUID } from 'node:crypto';
import { clause } from '@lx/shared/sentences';
import {
  formatCardApplicationNo,
  formatCardNo,
  type CardApplicationInput,
  type ForwardCardAction,
  type OfficerCardAction,
} from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_WORKFLOW,
  CARD_APPLICATION_KIND_LABELS,
  cardApplicationOptions,
  type CardAction,
  type CardApplicationState,
} from '@lx/shared/card-workflow';
import { canApply } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directTransaction } from '../../db/direct-sql.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit, snapshotJson } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, invalid, notFound } from '../../lib/domain-error.ts';
import type { Storage } from '../../lib/storage.ts';
import { notify, notifyResult } from '../notifications/notify.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import { copyProfilePhoto } from './card-photo.ts';
import {
  findApplication,
  lockApplicant,
  lockLawyers,
  stateLabel,
  type ApplicationRow,
  type ApplicationWithHistory,
  type Tx,
} from './card-records.ts';

/** The application as written, with what it answers. */
type WrittenRow = Omit<ApplicationWithHistory, 'events' | 'card' | 'replacesCard'> & {
  eventId: string;
  eventCreatedAt: Date;
};

/**
 * 申请会员卡. The lawyer's row is locked while the rules are checked and the application written,
 * so a double click or two tabs give exactly one application; the other request is told why.
 * It answers the application as written, with its history, from inside the transaction: a read
 * after the commit could find no free connection in a rush and answer 503 for an application
 * that was made.
 * Three statements on the driver, the lock included (issue 17: seventeen through Prisma before):
 * the lock, the applicant's situation and data, and one statement that takes the photo and
 * writes the application, its first event and the audit entry.
 */
export async function applyForCard(options: {
  prisma: PrismaClient;
  storage: Storage;
  lawyerId: string;
  input: CardApplicationInput;
  actor: Actor;
}): Promise<ApplicationWithHistory> {
  const { prisma, storage, lawyerId, input, actor } = options;
  const copied =
    input.photo === 'profile' ? await copyProfilePhoto({ prisma, storage, lawyerId }) : null;
  try {
    return await directTransaction(prisma, async (sql) => {
      const { situation, data } = await lockApplicant(sql, lawyerId);
      const option = cardApplicationOptions(situation)[input.kind];
      if (!option.available) throw conflict(option.reason ?? '现在不能提交该类申请');
      const replaces =
        input.kind === 'LOST'
          ? situation.cards.find((c) => c.state === 'LOST')
          : input.kind === 'REPLACEMENT'
            ? situation.cards.find((c) => c.state === 'ACTIVE')
            : undefined;
      const after = snapshotJson({
        kind: input.kind,
        reason: input.reason,
        replacesCardId: replaces?.id,
      });
      // The uploaded photo is taken (its row deleted) by the same statement that writes the
      // application: no upload, no row of any kind.
      const [row] = await sql<WrittenRow>`
        WITH upload AS (
          DELETE FROM "CardPhotoUpload"
          WHERE "lawyerId" = ${lawyerId}::uuid AND ${copied}::text IS NULL
          RETURNING key
        ), photo AS (
          SELECT key FROM upload UNION ALL SELECT ${copied}::text WHERE ${copied}::text IS NOT NULL
        ), application AS (
          INSERT INTO "CardApplication"
            (id, "lawyerId", kind, reason, data, "photoKey", "replacesCardId", "updatedAt")
          SELECT ${randomUUID()}::uuid, ${lawyerId}::uuid,
            ${input.kind}::text::"CardApplicationKind", ${input.reason ?? null}::text,
            ${JSON.stringify(data)}::jsonb, key, ${replaces?.id ?? null}::uuid, now()
          FROM photo
          RETURNING *
        ), event AS (
          INSERT INTO "CardApplicationEvent" (id, "applicationId", action, "toState", "actorId", "actorName")
          SELECT ${randomUUID()}::uuid, id, 'apply', 'PENDING', ${actor.accountId}::uuid, ${actor.name}
          FROM application
          RETURNING id, "createdAt"
        ), audit AS (
          INSERT INTO "AuditEntry"
            (id, "actorId", "actorName", action, "entityType", "entityId", after, "requestId", ip)
          SELECT ${randomUUID()}::uuid, ${actor.accountId}::uuid, ${actor.name}, 'card.apply',
            'CardApplication', id::text, ${after}::jsonb, ${actor.requestId ?? null}::text,
            ${actor.ip ?? null}::text
          FROM application
        )
        SELECT a.id::text, a.number, a."lawyerId"::text, a.kind::text, a.reason, a.state::text,
          a.version, a.data, a."photoKey", a."replacesCardId"::text, a."cardId"::text,
          a."rejectReason", a."createdAt", a."updatedAt", e.id::text AS "eventId",
          e."createdAt" AS "eventCreatedAt"
        FROM application a CROSS JOIN event e`;
      if (!row) throw invalid('photo', '请先上传证件照片');
      const { eventId, eventCreatedAt, ...application } = row;
      return {
        ...application,
        events: [
          {
            id: eventId,
            applicationId: application.id,
            action: 'apply',
            fromState: null,
            toState: 'PENDING',
            comment: null,
            actorId: actor.accountId,
            actorName: actor.name,
            createdAt: eventCreatedAt,
          },
        ],
        card: null,
        replacesCard: replaces ? { number: replaces.number } : null,
      };
    });
  } catch (error) {
    if (copied) await storage.delete(copied);
    // The database's one-open-application index caught what the lock should have.
    if (isUniqueViolation(error)) throw conflict('您已有一份会员卡申请正在办理，请勿重复提交');
    throw error;
  }
}

function refusal(action: CardAction, application: ApplicationRow): string {
  const number = formatCardApplicationNo(application.number);
  const state = stateLabel(application.state);
  if (action === 'cancel') {
    return `申请 ${number} 当前状态为“${state}”，只有待审核或已驳回的申请可以撤消`;
  }
  return `申请 ${number} 当前状态为“${state}”，不能${CARD_APPLICATION_WORKFLOW.transitions[action].label}，可能已被其他人处理，请刷新后查看`;
}

const NOTICES: Partial<Record<CardApplicationState, string>> = {
  ACCEPTED: '已受理，协会将安排印制',
  PRINTED: '已印制',
  IN_PRODUCTION: '正在制卡',
  MADE: '已制卡，等待验卡',
  VERIFIED: '已验卡，请到协会领取会员卡',
};

/**
 * One transition of one application, inside a transaction that already holds the lawyer's lock.
 * The update is conditional on the state the action starts from; its side effects (the card
 * issued on 已领取, the replaced card voided) happen in the same transaction.
 */
async function step(
  tx: Tx,
  application: ApplicationRow,
  action: CardAction,
  actor: Actor,
  comment?: string,
): Promise<void> {
  const rule = CARD_APPLICATION_WORKFLOW.transitions[action];
  if (!canApply(CARD_APPLICATION_WORKFLOW, action, application.state))
    throw conflict(refusal(action, application));
  const { count } = await tx.cardApplication.updateMany({
    where: { id: application.id, state: { in: [...rule.from] } },
    data: {
      state: rule.to,
      version: { increment: 1 },
      ...(action === 'reject' ? { rejectReason: comment ?? null } : {}),
    },
  });
  if (count === 0) throw conflict(refusal(action, application));
  let cardNumber: string | null = null;
  let voided: string | null = null;
  if (action === 'collect') {
    const now = new Date();
    // The replaced card goes void first: a lawyer holds at most one card in use.
    if (application.replacesCardId) {
      const old = await tx.card.update({
        where: { id: application.replacesCardId },
        data: { state: 'VOID', voidedAt: now },
      });
      voided = formatCardNo(old.number);
    }
    const card = await tx.card.create({
      data: { lawyerId: application.lawyerId, state: 'ACTIVE', issuedAt: now },
    });
    await tx.cardApplication.update({ where: { id: application.id }, data: { cardId: card.id } });
    cardNumber = formatCardNo(card.number);
  }
  await tx.cardApplicationEvent.create({
    data: {
      applicationId: application.id,
      action,
      fromState: application.state,
      toState: rule.to,
      comment: comment ?? null,
      actorId: actor.accountId,
      actorName: actor.name,
    },
  });
  await recordAudit(tx, actor, {
    action: `card.${action}`,
    entityType: 'CardApplication',
    entityId: application.id,
    before: { state: application.state },
    after: { state: rule.to, comment, cardNumber, voidedCard: voided },
  });
  if (rule.by !== 'officer') return;
  const lawyer = await tx.lawyer.findUniqueOrThrow({
    where: { id: application.lawyerId },
    select: { accountId: true },
  });
  if (!lawyer.accountId) return;
  const what = `您的${CARD_APPLICATION_KIND_LABELS[application.kind]}（${formatCardApplicationNo(application.number)}）`;
  const body =
    action === 'reject'
      ? `${what}未通过审核。驳回原因：${clause(comment)}。请撤消后按要求重新申请。`
      : action === 'collect'
        ? `${what}已领取，新卡卡号 ${cardNumber ?? ''}${voided ? `；原卡 ${voided} 已作废` : ''}。`
        : `${what}${NOTICES[rule.to] ?? stateLabel(rule.to)}。`;
  const notice = {
    accountId: lawyer.accountId,
    title: `会员卡申请${stateLabel(rule.to)}`,
    body,
    link: `/cards/applications/${application.id}`,
  };
  // 受理, 可领取 (已验卡) and 驳回 are awaited results (SMS and e-mail as the member chose).
  const step = AWAITED_CARD_STEPS[rule.to];
  if (step) {
    const number = formatCardApplicationNo(application.number);
    await notifyResult(
      tx,
      lawyer.accountId,
      resultNotices.cardChanged({ ...notice, step, number }),
    );
  } else {
    await notify(tx, notice);
  }
}

const AWAITED_CARD_STEPS: Partial<Record<CardApplicationState, 'accepted' | 'ready' | 'rejected'>> =
  { ACCEPTED: 'accepted', VERIFIED: 'ready', REJECTED: 'rejected' };

/** 撤消: the applicant's own application, while pending or rejected. */
export async function cancelCardApplication(options: {
  prisma: PrismaClient;
  lawyerId: string;
  applicationId: string;
  actor: Actor;
}): Promise<void> {
  const { prisma, lawyerId, applicationId, actor } = options;
  await prisma.$transaction(async (tx) => {
    await lockLawyers(tx, [lawyerId]);
    const application = await tx.cardApplication.findFirst({
      where: { id: applicationId, lawyerId },
    });
    if (!application) throw notFound('会员卡申请');
    await step(tx, application, 'cancel', actor);
  });
}

/** An officer's step on one application. */
export async function transitionCardApplication(options: {
  prisma: PrismaClient;
  applicationId: string;
  action: OfficerCardAction;
  comment?: string | undefined;
  actor: Actor;
}): Promise<void> {
  const { prisma, applicationId, action, comment, actor } = options;
  const { lawyerId } = await findApplication(prisma, applicationId);
  await prisma.$transaction(async (tx) => {
    await lockLawyers(tx, [lawyerId]);
    const application = await tx.cardApplication.findUniqueOrThrow({
      where: { id: applicationId },
    });
    await step(tx, application, action, actor, comment);
  });
}

// A hundred applications take a few hundred statements; Prisma's default of 5 s is too tight on a
// loaded embedded database.
const BULK_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/**
 * The same forward step for many applications, all or nothing: if any of them is no longer in the
 * state the step starts from, nothing moves and the officer is told which ones changed.
 */
export async function bulkTransitionCardApplications(options: {
  prisma: PrismaClient;
  action: ForwardCardAction;
  ids: readonly string[];
  actor: Actor;
}): Promise<number> {
  const { prisma, action, actor } = options;
  const ids = [...new Set(options.ids)];
  const owners = await prisma.cardApplication.findMany({
    where: { id: { in: ids } },
    select: { lawyerId: true },
  });
  if (owners.length !== ids.length) throw notFound('部分会员卡申请');
  return prisma.$transaction(async (tx) => {
    await lockLawyers(
      tx,
      owners.map((o) => o.lawyerId),
    );
    const applications = await tx.cardApplication.findMany({
      where: { id: { in: ids } },
      orderBy: { number: 'asc' },
    });
    const changed = applications.filter(
      (a) => !canApply(CARD_APPLICATION_WORKFLOW, action, a.state),
    );
    if (changed.length > 0) {
      const list = changed
        .map((a) => `${formatCardApplicationNo(a.number)}（${stateLabel(a.state)}）`)
        .join('、');
      throw conflict(
        `以下申请的状态已变化，不能${CARD_APPLICATION_WORKFLOW.transitions[action].label}：${list}。请刷新后重新选择`,
      );
    }
    for (const application of applications) await step(tx, application, action, actor);
    return applications.length;
  }, BULK_TRANSACTION);
}
