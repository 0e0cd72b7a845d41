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

/** What a card shows of itself: its own columns and the application that issued it. */
type CardView = Pick<CardRow, 'id' | 'number' | 'state' | 'issuedAt' | 'lostAt' | 'voidedAt'> & {
  issuedBy: { number: number } | null;
};

export function toCard(card: CardView, situation: CardSituation): Card {
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

/** What an application needs to know of its applicant: the rules' situation and the data. */
export type Applicant = {
  situation: {
    cards: { id: string; number: number; state: CardState }[];
    applications: { kind: CardApplicationKind; state: CardApplicationState }[];
  };
  data: CardPracticeData;
};

type CardJson = Omit<CardView, 'issuedAt' | 'lostAt' | 'voidedAt'> & {
  issuedAt: string;
  lostAt: string | null;
  voidedAt: string | null;
};
type ApplicationJson = Omit<SummaryRow, 'createdAt' | 'updatedAt'> & {
  createdAt: string;
  updatedAt: string;
};
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * A lawyer as the 会员卡 pages and 申请会员卡 read them, in one statement on the direct lane: the
 * practice and contact data as they stand now (the lawyer's record, account and profile), the two
 * photos' times, the cards (newest first, each with the application that issued it) and the
 * applications (newest first).
 */
export async function readCardHolder(sql: DirectSql, lawyerId: string) {
  const [row] = await sql<
    PracticeRow & {
      profilePhotoAt: Date | null;
      uploadedPhotoAt: Date | null;
      cards: CardJson[];
      applications: ApplicationJson[];
    }
  >`
    SELECT l.name, l.gender::text AS gender, l."idNo", l.authority,
      l."practiceCategory"::text AS "practiceCategory", o.name AS "organisationName", l."licenceNo",
      p.practice, p.contact, a.postcode, a.mobile, p."photoUploadedAt" AS "profilePhotoAt",
      u."uploadedAt" AS "uploadedPhotoAt",
      coalesce((SELECT json_agg(json_build_object('id', c.id, 'number', c.number, 'state', c.state,
            'issuedAt', c."issuedAt", 'lostAt', c."lostAt", 'voidedAt', c."voidedAt",
            'issuedBy', (SELECT json_build_object('number', x.number) FROM "CardApplication" x
              WHERE x."cardId" = c.id))
          ORDER BY c."issuedAt" DESC, c.number DESC)
        FROM "Card" c WHERE c."lawyerId" = l.id), '[]') AS cards,
      coalesce((SELECT json_agg(json_build_object('id', x.id, 'number', x.number, 'kind', x.kind,
            'reason', x.reason, 'state', x.state, 'rejectReason', x."rejectReason",
            'createdAt', x."createdAt", 'updatedAt', x."updatedAt")
          ORDER BY x.number DESC)
        FROM "CardApplication" x WHERE x."lawyerId" = l.id), '[]') AS applications
    FROM "Lawyer" l JOIN "Organisation" o ON o.id = l."organisationId"
      LEFT JOIN "Account" a ON a.id = l."accountId"
      LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
      LEFT JOIN "CardPhotoUpload" u ON u."lawyerId" = l.id
    WHERE l.id = ${lawyerId}::uuid`;
  if (!row) throw notFound('律师');
  const { cards, applications, profilePhotoAt, uploadedPhotoAt, ...practice } = row;
  return {
    data: toPracticeData(practice),
    profilePhotoAt,
    uploadedPhotoAt,
    situation: {
      cards: cards.map((c) => ({
        ...c,
        issuedAt: new Date(c.issuedAt),
        lostAt: dateOrNull(c.lostAt),
        voidedAt: dateOrNull(c.voidedAt),
      })),
      applications: applications.map((x) => ({
        ...x,
        createdAt: new Date(x.createdAt),
        updatedAt: new Date(x.updatedAt),
      })),
    },
  };
}

/**
 * 申请会员卡's lock and read on the direct lane (issue 17: eight Prisma statements before): the
 * lawyer's row locked as lockLawyers locks it, then `readCardHolder`. That one comes after the
 * lock, as a statement of its own: it then reads what the previous holder of the lock committed.
 */
export async function lockApplicant(sql: DirectSql, lawyerId: string): Promise<Applicant> {
  await sql`SELECT id FROM "Lawyer" WHERE id = ${lawyerId}::uuid FOR UPDATE`;
  return readCardHolder(sql, lawyerId);
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
