import {
  formatCardApplicationNo,
  formatCardNo,
  type Card,
  type CardApplication,
  type CardApplicationSummary,
  type CardPracticeData,
} from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_WORKFLOW,
  CARD_APPLICATION_STATE_LABELS,
  canReactivateLostCard,
  type CardAction,
  type CardSituation,
  type ReplacementReason,
} from '@lx/shared/card-workflow';
import { canApply } from '@lx/shared/workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';

export type Tx = Prisma.TransactionClient;
export type CardRow = Prisma.CardGetPayload<{
  include: { issuedBy: { select: { number: true } } };
}>;
export type ApplicationRow = Prisma.CardApplicationGetPayload<object>;
export const APPLICATION_INCLUDE = {
  events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  card: { select: { number: true } },
  replacesCard: { select: { number: true } },
} as const satisfies Prisma.CardApplicationInclude;
export type ApplicationWithHistory = Prisma.CardApplicationGetPayload<{
  include: typeof APPLICATION_INCLUDE;
}>;

/** The lawyer behind a signed-in lawyer account. */
export async function lawyerOfAccount(prisma: PrismaClient, accountId: string) {
  const lawyer = await prisma.lawyer.findUnique({ where: { accountId }, select: { id: true } });
  if (!lawyer) throw notFound('律师');
  return lawyer.id;
}

/**
 * Every change to a lawyer's cards or card applications locks the lawyer's row first, so an
 * application, a cancellation, an officer's step and a report of loss never interleave: whoever
 * locks second sees what the first one did. Several lawyers are locked in a fixed order.
 */
export async function lockLawyers(tx: Tx, lawyerIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(lawyerIds)].sort()) {
    await tx.$queryRaw`SELECT id FROM "Lawyer" WHERE id = ${id}::uuid FOR UPDATE`;
  }
}

/** The lawyer's cards (newest first) and applications, as the shared rules read them. */
export async function situationOf(db: PrismaClient | Tx, lawyerId: string) {
  const [cards, applications] = await Promise.all([
    db.card.findMany({
      where: { lawyerId },
      include: { issuedBy: { select: { number: true } } },
      orderBy: [{ issuedAt: 'desc' }, { number: 'desc' }],
    }),
    db.cardApplication.findMany({ where: { lawyerId }, orderBy: { number: 'desc' } }),
  ]);
  return { cards, applications } satisfies CardSituation;
}
export type Situation = Awaited<ReturnType<typeof situationOf>>;

export const REACTIVATE_REFUSAL = '遗失补卡申请已受理，新卡正在制作，此卡不能再激活';

export function toCard(card: CardRow, situation: CardSituation): Card {
  const canReactivate = card.state === 'LOST' && canReactivateLostCard(situation);
  return {
    id: card.id,
    number: formatCardNo(card.number),
    state: card.state,
    issuedAt: card.issuedAt.toISOString(),
    lostAt: card.lostAt?.toISOString() ?? null,
    voidedAt: card.voidedAt?.toISOString() ?? null,
    applicationNumber: card.issuedBy ? formatCardApplicationNo(card.issuedBy.number) : null,
    canReportLost: card.state === 'ACTIVE',
    canReactivate,
    reactivateRefusal: card.state === 'LOST' && !canReactivate ? REACTIVATE_REFUSAL : null,
  };
}

export type SummaryRow = Pick<
  ApplicationRow,
  'id' | 'number' | 'kind' | 'reason' | 'state' | 'rejectReason' | 'createdAt' | 'updatedAt'
>;

export function toSummary(application: SummaryRow): CardApplicationSummary {
  return {
    id: application.id,
    number: formatCardApplicationNo(application.number),
    kind: application.kind,
    reason: application.reason as ReplacementReason | null,
    state: application.state,
    rejectReason: application.rejectReason,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
    canCancel: canApply(CARD_APPLICATION_WORKFLOW, 'cancel', application.state),
  };
}

const EVENT_LABELS: Record<string, string> = {
  apply: '提交申请',
  reactivated: '会员卡已激活，遗失申请自动撤消',
};

export function eventLabel(action: string): string {
  return (
    EVENT_LABELS[action] ??
    (action in CARD_APPLICATION_WORKFLOW.transitions
      ? CARD_APPLICATION_WORKFLOW.transitions[action as CardAction].label
      : action)
  );
}

export function toApplication(application: ApplicationWithHistory): CardApplication {
  return {
    ...toSummary(application),
    version: application.version,
    data: application.data as CardPracticeData,
    photoVersion: application.photoKey.replace(/^.*\/|\.jpg$/g, ''),
    cardNumber: application.card ? formatCardNo(application.card.number) : null,
    replacesCardNumber: application.replacesCard
      ? formatCardNo(application.replacesCard.number)
      : null,
    history: application.events.map((event) => ({
      id: event.id,
      action: event.action,
      label: eventLabel(event.action),
      fromState: event.fromState,
      toState: event.toState,
      comment: event.comment,
      actorName: event.actorName,
      createdAt: event.createdAt.toISOString(),
    })),
  };
}

export const stateLabel = (state: keyof typeof CARD_APPLICATION_STATE_LABELS) =>
  CARD_APPLICATION_STATE_LABELS[state];

type Json = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The practice and contact data as they stand now: the lawyer's record, account and profile. */
export async function practiceDataOf(
  db: PrismaClient | Tx,
  lawyerId: string,
): Promise<CardPracticeData> {
  const lawyer = await db.lawyer.findUniqueOrThrow({
    where: { id: lawyerId },
    include: {
      organisation: { select: { name: true } },
      account: { select: { mobile: true, postcode: true } },
      profile: { select: { practice: true, contact: true } },
    },
  });
  const practice = (lawyer.profile?.practice ?? {}) as Json;
  const contact = (lawyer.profile?.contact ?? {}) as Json;
  return {
    name: lawyer.name,
    gender: lawyer.gender,
    idNo: lawyer.idNo,
    authority: lawyer.authority,
    practiceCategory: lawyer.practiceCategory,
    organisationName: lawyer.organisation.name,
    licenceNo: lawyer.licenceNo,
    qualificationNo: text(practice.qualificationNo),
    address: text(contact.address),
    postcode: lawyer.account?.postcode ?? null,
    phone: text(contact.phone),
    mobile: lawyer.account?.mobile ?? null,
  };
}

/** A member's own application, or 404 (another member's id reads as not found). */
export async function findOwnApplication(
  db: PrismaClient | Tx,
  lawyerId: string,
  applicationId: string,
): Promise<ApplicationWithHistory> {
  const application = await db.cardApplication.findFirst({
    where: { id: applicationId, lawyerId },
    include: APPLICATION_INCLUDE,
  });
  if (!application) throw notFound('会员卡申请');
  return application;
}

export async function findApplication(
  db: PrismaClient | Tx,
  applicationId: string,
): Promise<ApplicationWithHistory> {
  const application = await db.cardApplication.findUnique({
    where: { id: applicationId },
    include: APPLICATION_INCLUDE,
  });
  if (!application) throw notFound('会员卡申请');
  return application;
}
