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
  type CardApplicationKind,
  type CardApplicationState,
  type CardState,
  canReactivateLostCard,
  type CardAction,
  type CardSituation,
  type ReplacementReason,
} from '@lx/shared/card-workflow';
import { canApply } from '@lx/shared/workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { DirectSql } from '../../db/direct-sql.ts';
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

type PracticeRow = {
  name: string;
  gender: CardPracticeData['gender'];
  idNo: string;
  authority: string;
  practiceCategory: CardPracticeData['practiceCategory'];
  organisationName: string;
  licenceNo: string | null;
  practice: unknown;
  contact: unknown;
  postcode: string | null;
  mobile: string | null;
};

function toPracticeData(row: PracticeRow): CardPracticeData {
  const practice = (row.practice ?? {}) as Json;
  const contact = (row.contact ?? {}) as Json;
  return {
    name: row.name,
    gender: row.gender,
    idNo: row.idNo,
    authority: row.authority,
    practiceCategory: row.practiceCategory,
    organisationName: row.organisationName,
    licenceNo: row.licenceNo,
    qualificationNo: text(practice.qualificationNo),
    address: text(contact.address),
    postcode: row.postcode,
    phone: text(contact.phone),
    mobile: row.mobile,
  };
}

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
  return toPracticeData({
    ...lawyer,
    organisationName: lawyer.organisation.name,
    practice: lawyer.profile?.practice,
    contact: lawyer.profile?.contact,
    postcode: lawyer.account?.postcode ?? null,
    mobile: lawyer.account?.mobile ?? null,
  });
}

/** What an application needs to know of its applicant: the rules' situation and the data. */
export type Applicant = {
  situation: {
    cards: { id: string; number: number; state: CardState }[];
    applications: { kind: CardApplicationKind; state: CardApplicationState }[];
  };
  data: CardPracticeData;
};

/**
 * 申请会员卡's lock and read on the direct lane (issue 17: eight Prisma statements before): the
 * lawyer's row locked as lockLawyers locks it, then situationOf and practiceDataOf in one
 * statement. That one comes after the lock, as a statement of its own: it then reads what the
 * previous holder of the lock committed.
 */
export async function lockApplicant(sql: DirectSql, lawyerId: string): Promise<Applicant> {
  await sql`SELECT id FROM "Lawyer" WHERE id = ${lawyerId}::uuid FOR UPDATE`;
  const [row] = await sql<PracticeRow & Pick<Applicant['situation'], 'cards' | 'applications'>>`
    SELECT l.name, l.gender::text AS gender, l."idNo", l.authority,
      l."practiceCategory"::text AS "practiceCategory", o.name AS "organisationName", l."licenceNo",
      p.practice, p.contact, a.postcode, a.mobile,
      coalesce((SELECT json_agg(json_build_object('id', c.id, 'number', c.number, 'state', c.state)
          ORDER BY c."issuedAt" DESC, c.number DESC)
        FROM "Card" c WHERE c."lawyerId" = l.id), '[]') AS cards,
      coalesce((SELECT json_agg(json_build_object('kind', x.kind, 'state', x.state)
          ORDER BY x.number DESC)
        FROM "CardApplication" x WHERE x."lawyerId" = l.id), '[]') AS applications
    FROM "Lawyer" l JOIN "Organisation" o ON o.id = l."organisationId"
      LEFT JOIN "Account" a ON a.id = l."accountId"
      LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
    WHERE l.id = ${lawyerId}::uuid`;
  if (!row) throw notFound('律师');
  const { cards, applications, ...practice } = row;
  return { situation: { cards, applications }, data: toPracticeData(practice) };
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
