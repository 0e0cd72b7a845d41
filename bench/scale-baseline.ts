// The hand-written baseline of the scale benchmark (bench/scale.ts): a bare Fastify server with a
// `pg` Pool of the API's size, answering the same paths as the API with hand-written SQL — the same
// rows and columns each page shows and the same counts — after the cost a real handler has for its
// session: one indexed lookup by token hash (joined to the account, its roles and its lawyer or
// organisation). No validation library, no ORM, no plugins. Started by scale.ts as a child process
// (its own event loop, like the API's), on BASELINE_PORT, against BENCH_DATABASE_URL.
import { createHash, randomUUID } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import pg from 'pg';
import { formatCardApplicationNo, formatCardNo } from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_STATES,
  CARD_APPLICATION_WORKFLOW,
  canReactivateLostCard,
  cardApplicationOptions,
} from '@lx/shared/card-workflow';
import { CERTIFICATE_STATES } from '@lx/shared/certificate-workflow';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import { PROFILE_STATES } from '@lx/shared/profile-workflow';
import { TICKET_STATES } from '@lx/shared/ticket-workflow';
import { canApply } from '@lx/shared/workflow';

const pool = new pg.Pool({
  connectionString: process.env.BENCH_DATABASE_URL,
  max: Number(process.env.BASELINE_POOL_SIZE ?? 10),
});
const app = Fastify({ logger: false });
const PAGE_SIZE = 20;

type Session = {
  accountId: string;
  kind: string;
  displayName: string;
  lawyerId: string | null;
  organisationId: string | null;
  permissions: string[];
};

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The session check: one statement by the token's hash. */
async function session(request: FastifyRequest, reply: FastifyReply, permission?: string) {
  const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!token) {
    reply.code(401).send({ code: 'UNAUTHENTICATED' });
    return null;
  }
  const { rows } = await pool.query<Session>(
    `SELECT a.id AS "accountId", a.kind, a."displayName", l.id AS "lawyerId",
       o.id AS "organisationId",
       coalesce((SELECT array_agg(DISTINCT p) FROM "StaffRoleAssignment" sra
         JOIN "StaffRole" r ON r.code = sra."roleCode" CROSS JOIN unnest(r.permissions) p
         WHERE sra."accountId" = a.id), '{}') AS permissions
     FROM "Session" s JOIN "Account" a ON a.id = s."accountId"
       LEFT JOIN "Lawyer" l ON l."accountId" = a.id
       LEFT JOIN "Organisation" o ON o."accountId" = a.id
     WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now()
       AND NOT a.disabled AND NOT a."mustChangePassword"`,
    [createHash('sha256').update(token).digest('hex')],
  );
  const found = rows[0];
  if (!found || (permission && !found.permissions.includes(permission))) {
    reply.code(found ? 403 : 401).send({ code: found ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
    return null;
  }
  return found;
}

type Query = { page?: string; state?: string };
const pageOf = (query: Query) => Math.max(1, Number(query.page ?? 1) || 1);

/** One page and the counts per state; the total is the filtered state's count, or their sum. */
async function queuePage<Row>(
  query: Query,
  states: readonly string[],
  sql: { rows: string; counts: string },
) {
  const page = pageOf(query);
  const state = query.state && states.includes(query.state) ? query.state : null;
  const [rows, groups] = await Promise.all([
    pool.query<Row & Record<string, unknown>>(sql.rows, [state, PAGE_SIZE, (page - 1) * PAGE_SIZE]),
    pool.query<{ state: string; n: number }>(sql.counts),
  ]);
  const counts = Object.fromEntries(states.map((s) => [s, 0]));
  for (const g of groups.rows) counts[g.state] = Number(g.n);
  const total = state ? counts[state]! : Object.values(counts).reduce((a, b) => a + b, 0);
  return { rows: rows.rows, total, page, pageSize: PAGE_SIZE, counts };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type TicketColumns = { number: number; createdAt: Date; updatedAt: Date; messageCount: string };
/** A ticket as both ticket lists answer it. */
const ticketItem = <Row extends TicketColumns>(r: Row) => ({
  ...r,
  number: `GD${String(r.number).padStart(6, '0')}`,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  messageCount: Number(r.messageCount),
});

type CertificateColumns = { number: number; createdAt: Date; reviewedAt: Date | null };
/** A certificate application as both lists answer it. */
const certificateItem = <Row extends CertificateColumns>(r: Row) => ({
  ...r,
  number: `SQ${String(r.number).padStart(6, '0')}`,
  createdAt: r.createdAt.toISOString(),
  reviewedAt: iso(r.reviewedAt),
});

app.get('/api/health', async () => {
  await pool.query('SELECT 1');
  return { status: 'ok', database: 'ok', kind: 'postgresql' };
});

app.get<{ Querystring: Query }>('/api/admin/profiles', async (request, reply) => {
  if (!(await session(request, reply, 'profile.review'))) return reply;
  const { rows, ...rest } = await queuePage<{
    id: string;
    lawyerName: string;
    licenceNo: string | null;
    organisationName: string;
    practiceCategory: string;
    state: string;
    submittedAt: Date | null;
    reviewedAt: Date | null;
    version: number;
  }>(request.query, PROFILE_STATES, {
    rows: `SELECT p.id, l.name AS "lawyerName", l."licenceNo", o.name AS "organisationName",
             l."practiceCategory", p.state, p."submittedAt", p."reviewedAt", p.version
           FROM "LawyerProfile" p JOIN "Lawyer" l ON l.id = p."lawyerId"
             JOIN "Organisation" o ON o.id = l."organisationId"
           WHERE $1::"ProfileState" IS NULL OR p.state = $1
           ORDER BY p."submittedAt" ASC NULLS LAST, p.id LIMIT $2 OFFSET $3`,
    counts: `SELECT state, count(*) AS n FROM "LawyerProfile" GROUP BY state`,
  });
  return {
    items: rows.map((r) => ({
      ...r,
      submittedAt: iso(r.submittedAt),
      reviewedAt: iso(r.reviewedAt),
    })),
    ...rest,
  };
});

app.get<{ Querystring: Query }>('/api/admin/card-applications', async (request, reply) => {
  if (!(await session(request, reply, 'card.manage'))) return reply;
  const { rows, ...rest } = await queuePage<{
    id: string;
    number: number;
    kind: string;
    reason: string | null;
    state: (typeof CARD_APPLICATION_STATES)[number];
    rejectReason: string | null;
    createdAt: Date;
    updatedAt: Date;
    lawyerName: string;
    licenceNo: string | null;
    organisationName: string;
  }>(request.query, CARD_APPLICATION_STATES, {
    rows: `SELECT c.id, c.number, c.kind, c.reason, c.state, c."rejectReason", c."createdAt",
             c."updatedAt", l.name AS "lawyerName", l."licenceNo", o.name AS "organisationName"
           FROM "CardApplication" c JOIN "Lawyer" l ON l.id = c."lawyerId"
             JOIN "Organisation" o ON o.id = l."organisationId"
           WHERE $1::"CardApplicationState" IS NULL OR c.state = $1
           ORDER BY c."createdAt", c.number LIMIT $2 OFFSET $3`,
    counts: `SELECT state, count(*) AS n FROM "CardApplication" GROUP BY state`,
  });
  return {
    items: rows.map((r) => ({
      ...r,
      number: formatCardApplicationNo(r.number),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      canCancel: canApply(CARD_APPLICATION_WORKFLOW, 'cancel', r.state),
    })),
    ...rest,
  };
});

app.get<{ Querystring: Query }>('/api/admin/certificates', async (request, reply) => {
  if (!(await session(request, reply, 'certificate.review'))) return reply;
  const { rows, ...rest } = await queuePage<{
    id: string;
    number: number;
    createdAt: Date;
    reviewedAt: Date | null;
  }>(request.query, CERTIFICATE_STATES, {
    rows: `SELECT a.id, a.number, t.name AS "typeName", a.applicant->>'name' AS "applicantName",
             a.state, t."reviewMode", a."rejectReason", a."createdAt", a."reviewedAt",
             c.number AS "certificateNumber", a."paperState"
           FROM "CertificateApplication" a JOIN "CertificateType" t ON t.id = a."typeId"
             LEFT JOIN "Certificate" c ON c."applicationId" = a.id
           WHERE $1::"CertificateState" IS NULL OR a.state = $1
           ORDER BY a."createdAt", a.number LIMIT $2 OFFSET $3`,
    counts: `SELECT state, count(*) AS n FROM "CertificateApplication" GROUP BY state`,
  });
  return {
    items: rows.map(certificateItem),
    ...rest,
  };
});

app.get<{ Querystring: Query }>('/api/admin/tickets', async (request, reply) => {
  if (!(await session(request, reply, 'ticket.handle'))) return reply;
  const { rows, ...rest } = await queuePage<{
    id: string;
    number: number;
    createdAt: Date;
    updatedAt: Date;
    messageCount: string;
  }>(request.query, TICKET_STATES, {
    rows: `SELECT t.id, t.number, t.category, t.title, t.description, t.link, t.state,
             t."createdAt", t."updatedAt", t."assigneeName", a."displayName" AS "requesterName",
             (SELECT count(*) FROM "TicketMessage" m WHERE m."ticketId" = t.id) AS "messageCount"
           FROM "Ticket" t JOIN "Account" a ON a.id = t."accountId"
           WHERE $1::"TicketState" IS NULL OR t.state = $1
           ORDER BY t."createdAt", t.number LIMIT $2 OFFSET $3`,
    counts: `SELECT state, count(*) AS n FROM "Ticket" GROUP BY state`,
  });
  return {
    items: rows.map(ticketItem),
    ...rest,
  };
});

/** A member's own list: one page, newest first, and its total, in parallel. */
async function ownPage<Row>(query: Query, sql: { rows: string; count: string }, params: unknown[]) {
  const page = pageOf(query);
  const [rows, count] = await Promise.all([
    pool.query<Row & Record<string, unknown>>(sql.rows, [
      ...params,
      PAGE_SIZE,
      (page - 1) * PAGE_SIZE,
    ]),
    pool.query<{ n: string }>(sql.count, params),
  ]);
  return { rows: rows.rows, total: Number(count.rows[0]!.n), page, pageSize: PAGE_SIZE };
}

// 我的工单
app.get<{ Querystring: Query }>('/api/tickets', async (request, reply) => {
  const auth = await session(request, reply);
  if (!auth) return reply;
  const { rows, ...rest } = await ownPage<{
    number: number;
    createdAt: Date;
    updatedAt: Date;
    messageCount: string;
  }>(
    request.query,
    {
      rows: `SELECT t.id, t.number, t.category, t.title, t.description, t.link, t.state,
               t."createdAt", t."updatedAt", t."assigneeName",
               (SELECT count(*) FROM "TicketMessage" m WHERE m."ticketId" = t.id) AS "messageCount"
             FROM "Ticket" t WHERE t."accountId" = $1
             ORDER BY t."createdAt" DESC, t.number DESC LIMIT $2 OFFSET $3`,
      count: `SELECT count(*) AS n FROM "Ticket" WHERE "accountId" = $1`,
    },
    [auth.accountId],
  );
  return {
    items: rows.map(ticketItem),
    ...rest,
  };
});

// 我的消息, all or only the unread
app.get<{ Querystring: Query & { unread?: string } }>(
  '/api/notifications',
  async (request, reply) => {
    const auth = await session(request, reply);
    if (!auth) return reply;
    const { rows, ...rest } = await ownPage<{ readAt: Date | null; createdAt: Date }>(
      request.query,
      {
        rows: `SELECT id, title, body, link, "readAt", "createdAt" FROM "Notification"
               WHERE "accountId" = $1 AND (NOT $2 OR "readAt" IS NULL)
               ORDER BY "createdAt" DESC, id DESC LIMIT $3 OFFSET $4`,
        count: `SELECT count(*) AS n FROM "Notification"
                WHERE "accountId" = $1 AND (NOT $2 OR "readAt" IS NULL)`,
      },
      [auth.accountId, request.query.unread === 'true'],
    );
    return {
      items: rows.map((r) => ({
        ...r,
        readAt: iso(r.readAt),
        createdAt: r.createdAt.toISOString(),
      })),
      ...rest,
    };
  },
);

// 我的证明
app.get<{ Querystring: Query }>('/api/certificates', async (request, reply) => {
  const auth = await session(request, reply);
  if (!auth) return reply;
  const { rows, ...rest } = await ownPage<{
    number: number;
    createdAt: Date;
    reviewedAt: Date | null;
  }>(
    request.query,
    {
      rows: `SELECT a.id, a.number, t.name AS "typeName", a.applicant->>'name' AS "applicantName",
               a.state, t."reviewMode", a."rejectReason", a."createdAt", a."reviewedAt",
               c.number AS "certificateNumber", a."paperState"
             FROM "CertificateApplication" a JOIN "CertificateType" t ON t.id = a."typeId"
               LEFT JOIN "Certificate" c ON c."applicationId" = a.id
             WHERE a."accountId" = $1
             ORDER BY a."createdAt" DESC, a.number DESC LIMIT $2 OFFSET $3`,
      count: `SELECT count(*) AS n FROM "CertificateApplication" WHERE "accountId" = $1`,
    },
    [auth.accountId],
  );
  return {
    items: rows.map(certificateItem),
    ...rest,
  };
});

// 会员卡: the lawyer's practice data, photos, cards and applications in one statement; what they
// may apply for by the shared rules.
app.get('/api/cards', async (request, reply) => {
  const auth = await session(request, reply);
  if (!auth) return reply;
  if (!auth.lawyerId) return reply.code(404).send({ code: 'NOT_FOUND' });
  const { rows } = await pool.query(
    `SELECT l.name, l.gender, l."idNo", l.authority, l."practiceCategory",
       o.name AS "organisationName", l."licenceNo",
       nullif(p.practice->>'qualificationNo', '') AS "qualificationNo",
       nullif(p.contact->>'address', '') AS address, a.postcode,
       nullif(p.contact->>'phone', '') AS phone, a.mobile,
       p."photoUploadedAt", u."uploadedAt" AS "photoUploadedAtUpload",
       coalesce((SELECT json_agg(json_build_object('id', c.id, 'number', c.number, 'state', c.state,
           'issuedAt', c."issuedAt", 'lostAt', c."lostAt", 'voidedAt', c."voidedAt",
           'applicationNumber', x.number) ORDER BY c."issuedAt" DESC, c.number DESC)
         FROM "Card" c LEFT JOIN "CardApplication" x ON x."cardId" = c.id
         WHERE c."lawyerId" = l.id), '[]') AS cards,
       coalesce((SELECT json_agg(json_build_object('id', x.id, 'number', x.number, 'kind', x.kind,
           'reason', x.reason, 'state', x.state, 'rejectReason', x."rejectReason",
           'createdAt', x."createdAt", 'updatedAt', x."updatedAt") ORDER BY x.number DESC)
         FROM "CardApplication" x WHERE x."lawyerId" = l.id), '[]') AS applications
     FROM "Lawyer" l JOIN "Organisation" o ON o.id = l."organisationId"
       LEFT JOIN "Account" a ON a.id = l."accountId"
       LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
       LEFT JOIN "CardPhotoUpload" u ON u."lawyerId" = l.id
     WHERE l.id = $1`,
    [auth.lawyerId],
  );
  const { photoUploadedAt, photoUploadedAtUpload, cards, applications, ...practice } = rows[0];
  const situation = { cards, applications };
  const at = (x: string | null) => (x ? new Date(x).toISOString() : null);
  return {
    practice,
    profilePhoto: photoUploadedAt ? { uploadedAt: iso(photoUploadedAt) } : null,
    uploadedPhoto: photoUploadedAtUpload ? { uploadedAt: iso(photoUploadedAtUpload) } : null,
    options: cardApplicationOptions(situation),
    cards: cards.map((c: Record<string, string | null>) => {
      const canReactivate = c.state === 'LOST' && canReactivateLostCard(situation);
      return {
        id: c.id,
        number: formatCardNo(Number(c.number)),
        state: c.state,
        issuedAt: at(c.issuedAt!),
        lostAt: at(c.lostAt!),
        voidedAt: at(c.voidedAt!),
        applicationNumber: c.applicationNumber
          ? formatCardApplicationNo(Number(c.applicationNumber))
          : null,
        canReportLost: c.state === 'ACTIVE',
        canReactivate,
        reactivateRefusal:
          c.state === 'LOST' && !canReactivate
            ? '遗失补卡申请已受理，新卡正在制作，此卡不能再激活'
            : null,
      };
    }),
    applications: applications.map((x: Record<string, string | null>) => ({
      ...x,
      number: formatCardApplicationNo(Number(x.number)),
      createdAt: at(x.createdAt!),
      updatedAt: at(x.updatedAt!),
      canCancel: canApply(
        CARD_APPLICATION_WORKFLOW,
        'cancel',
        x.state as (typeof CARD_APPLICATION_STATES)[number],
      ),
    })),
  };
});

// A member's home: what the API's work-item sources ask for a lawyer, in one statement.
app.get('/api/home', async (request, reply) => {
  const auth = await session(request, reply);
  if (!auth) return reply;
  const { rows } = await pool.query(
    `SELECT
       (SELECT row_to_json(x) FROM (SELECT mobile, email FROM "Account" WHERE id = $1) x) AS contact,
       (SELECT row_to_json(x) FROM (SELECT p.state, p."reviewOpinion" FROM "LawyerProfile" p
          WHERE p."lawyerId" = $2) x) AS profile,
       (SELECT row_to_json(x) FROM (SELECT c.id, c.state, c."rejectReason" FROM "CardApplication" c
          WHERE c."lawyerId" = $2 AND c.state IN ('REJECTED', 'VERIFIED')
          ORDER BY c.number DESC LIMIT 1) x) AS card,
       (SELECT coalesce(json_agg(x), '[]') FROM (SELECT r."offerExpiresAt", e.id, e.title
          FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId"
          WHERE r."accountId" = $1 AND r.state = 'OFFERED' AND r."offerExpiresAt" > now()
          ORDER BY r."offerExpiresAt" LIMIT 5) x) AS offers,
       (SELECT coalesce(json_agg(x), '[]') FROM (SELECT v.id, v.state, v."decisionReason", e.id AS "eventId", e.title
          FROM "EventLeave" v JOIN "EventRegistration" r ON r.id = v."registrationId"
            JOIN "Event" e ON e.id = r."eventId"
          WHERE r."accountId" = $1 AND v."decidedAt" > now() - interval '7 days'
          ORDER BY v."decidedAt" DESC LIMIT 5) x) AS leaves,
       (SELECT coalesce(json_agg(x), '[]') FROM (SELECT r.id, e.id AS "eventId", e.title, e."startsAt", e.location
          FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId"
          WHERE r."accountId" = $1 AND r.state = 'REGISTERED' AND e.state = 'PUBLISHED'
            AND e."startsAt" > now() AND e."startsAt" <= now() + interval '7 days'
          ORDER BY e."startsAt" LIMIT 5) x) AS soon,
       (SELECT count(*) FROM "DocumentRecipient" WHERE "accountId" = $1 AND "readAt" IS NULL) AS documents,
       (SELECT count(*) FROM "Notification" WHERE "accountId" = $1 AND "readAt" IS NULL) AS notifications,
       (SELECT coalesce(json_agg(x), '[]') FROM (SELECT id, title, pinned, "publishedAt"
          FROM "Announcement" WHERE state = 'PUBLISHED'
          ORDER BY pinned DESC, "publishedAt" DESC LIMIT 6) x) AS announcements,
       (SELECT row_to_json(x) FROM (SELECT name, "supportPhone", "supportEmail" FROM "Association" LIMIT 1) x) AS association`,
    [auth.accountId, auth.lawyerId],
  );
  const r = rows[0];
  const workItems: { key: string; title: string; count?: number }[] = [];
  if (!r.contact?.mobile || !r.contact?.email)
    workItems.push({ key: 'account-contact', title: '完善联系方式' });
  if (auth.lawyerId && r.profile?.state !== 'APPROVED')
    workItems.push({ key: 'profile', title: r.profile?.state ?? 'DRAFT' });
  if (r.card) workItems.push({ key: 'card-application', title: r.card.state });
  for (const o of r.offers) workItems.push({ key: `event-offer-${o.id}`, title: o.title });
  for (const l of r.leaves) workItems.push({ key: `event-leave-${l.id}`, title: l.title });
  for (const s of r.soon) workItems.push({ key: `event-soon-${s.id}`, title: s.title });
  const documents = Number(r.documents);
  if (documents) workItems.push({ key: 'documents-unread', title: '未读公文', count: documents });
  const notifications = Number(r.notifications);
  if (notifications)
    workItems.push({ key: 'notifications', title: '未读消息', count: notifications });
  return {
    workItems,
    announcements: r.announcements,
    unreadNotifications: notifications,
    association: r.association,
  };
});

app.get('/api/organisation/lawyers', async (request, reply) => {
  const auth = await session(request, reply);
  if (!auth) return reply;
  if (!auth.organisationId) return reply.code(403).send({ code: 'FORBIDDEN' });
  const [organisation, lawyers, transfers] = await Promise.all([
    pool.query(`SELECT name FROM "Organisation" WHERE id = $1`, [auth.organisationId]),
    pool.query<{ leftAt: Date | null }>(
      `SELECT l.id, l.name, l.gender, l."licenceNo", l."memberNo", l."practiceCategory",
         l."organisationRole", l.status, l."leftAt", coalesce(p.state, 'DRAFT') AS "profileState"
       FROM "Lawyer" l LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
       WHERE l."organisationId" = $1 ORDER BY l.status, l.name, l.id`,
      [auth.organisationId],
    ),
    pool.query(
      `SELECT t.id, CASE WHEN t."fromOrganisationId" = $1 THEN 'OUT' ELSE 'IN' END AS direction,
         l.name AS "lawyerName", l."licenceNo",
         CASE WHEN t."fromOrganisationId" = $1 THEN dst.name ELSE src.name END AS "organisationName",
         to_char(t."effectiveOn", 'YYYY-MM-DD') AS "effectiveOn"
       FROM "LawyerTransfer" t JOIN "Lawyer" l ON l.id = t."lawyerId"
         JOIN "Organisation" src ON src.id = t."fromOrganisationId"
         JOIN "Organisation" dst ON dst.id = t."toOrganisationId"
       WHERE t."fromOrganisationId" = $1 OR t."toOrganisationId" = $1
       ORDER BY t."effectiveOn" DESC, t."createdAt" DESC LIMIT 50`,
      [auth.organisationId],
    ),
  ]);
  return {
    organisationName: organisation.rows[0]?.name,
    lawyers: lawyers.rows.map((l) => ({
      ...l,
      leftAt: l.leftAt ? l.leftAt.toISOString().slice(0, 10) : null,
    })),
    transfers: transfers.rows,
  };
});

function csrfOk(request: FastifyRequest): boolean {
  const cookie = cookieValue(request.headers.cookie, CSRF_COOKIE);
  return !!cookie && request.headers[CSRF_HEADER] === cookie;
}

/** The audit row every write leaves, as the platform writes it. */
function audit(
  db: pg.PoolClient,
  request: FastifyRequest,
  auth: { accountId: string; displayName: string },
  action: string,
  entityType: string,
  entityId: string,
  after: object,
) {
  return db.query(
    `INSERT INTO "AuditEntry" (id, "actorId", "actorName", action, "entityType", "entityId", after, "requestId", ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      randomUUID(),
      auth.accountId,
      auth.displayName,
      action,
      entityType,
      entityId,
      after,
      request.id,
      request.ip,
    ],
  );
}

async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

class Refusal extends Error {}

// 申请会员卡 (first card, uploaded photo): lock the lawyer with their practice data, check the open
// applications and cards, take the photo, insert the application, its event and the audit entry.
app.post<{ Body: { kind: string; photo: string; confirmed: boolean } }>(
  '/api/card-applications',
  async (request, reply) => {
    if (!csrfOk(request)) return reply.code(403).send({ code: 'CSRF' });
    const auth = await session(request, reply);
    if (!auth) return reply;
    if (!auth.lawyerId || request.body?.kind !== 'FIRST' || request.body.confirmed !== true)
      return reply.code(400).send({ code: 'INVALID' });
    try {
      const application = await inTransaction(async (db) => {
        const { rows } = await db.query(
          `SELECT l.name, l.gender, l."idNo", l.authority, l."practiceCategory", o.name AS "organisationName",
             l."licenceNo", p.practice->>'qualificationNo' AS "qualificationNo",
             p.contact->>'address' AS address, a.postcode, p.contact->>'phone' AS phone, a.mobile,
             (SELECT count(*) FROM "CardApplication" c WHERE c."lawyerId" = l.id
                AND c.state NOT IN ('COLLECTED', 'CANCELLED')) AS open,
             (SELECT count(*) FROM "Card" c WHERE c."lawyerId" = l.id AND c.state IN ('ACTIVE', 'LOST')) AS cards
           FROM "Lawyer" l JOIN "Organisation" o ON o.id = l."organisationId"
             LEFT JOIN "Account" a ON a.id = l."accountId"
             LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
           WHERE l.id = $1 FOR UPDATE OF l`,
          [auth.lawyerId],
        );
        const { open, cards, ...data } = rows[0];
        if (Number(open) > 0 || Number(cards) > 0) throw new Refusal();
        const photo = await db.query<{ key: string }>(
          `DELETE FROM "CardPhotoUpload" WHERE "lawyerId" = $1 RETURNING key`,
          [auth.lawyerId],
        );
        if (!photo.rows[0]) throw new Refusal();
        const inserted = await db.query(
          `INSERT INTO "CardApplication" (id, "lawyerId", kind, data, "photoKey", "updatedAt")
           VALUES ($1, $2, 'FIRST', $3, $4, now())
           RETURNING id, number, kind, reason, state, version, "rejectReason", "createdAt", "updatedAt"`,
          [randomUUID(), auth.lawyerId, data, photo.rows[0].key],
        );
        const row = inserted.rows[0];
        await db.query(
          `INSERT INTO "CardApplicationEvent" (id, "applicationId", action, "toState", "actorId", "actorName")
           VALUES ($1, $2, 'apply', 'PENDING', $3, $4)`,
          [randomUUID(), row.id, auth.accountId, auth.displayName],
        );
        await audit(db, request, auth, 'card.apply', 'CardApplication', row.id, { kind: 'FIRST' });
        return { ...row, number: formatCardApplicationNo(row.number), data };
      });
      return reply.code(201).send(application);
    } catch (error) {
      if (error instanceof Refusal || (error as { code?: string }).code === '23505')
        return reply.code(409).send({ code: 'CONFLICT' });
      throw error;
    }
  },
);

// 提交工单 (JSON): the ticket, its first message and the audit entry.
app.post<{ Body: { category: string; title: string; description: string } }>(
  '/api/tickets',
  async (request, reply) => {
    if (!csrfOk(request)) return reply.code(403).send({ code: 'CSRF' });
    const auth = await session(request, reply);
    if (!auth) return reply;
    const { category, title, description } = request.body ?? {};
    if (!category || !title || !description) return reply.code(400).send({ code: 'INVALID' });
    const ticket = await inTransaction(async (db) => {
      const id = randomUUID();
      const inserted = await db.query(
        `INSERT INTO "Ticket" (id, "accountId", category, title, description, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, now())
         RETURNING id, number, category, title, description, link, state, version, "createdAt", "updatedAt"`,
        [id, auth.accountId, category, title, description],
      );
      const message = await db.query(
        `INSERT INTO "TicketMessage" (id, "ticketId", author, "authorId", "authorName", body)
         VALUES ($1, $2, 'MEMBER', $3, $4, $5) RETURNING id, "createdAt"`,
        [randomUUID(), id, auth.accountId, auth.displayName, description],
      );
      await audit(db, request, auth, 'ticket.opened', 'Ticket', id, {
        category,
        title,
        attachments: 0,
      });
      const row = inserted.rows[0];
      return {
        ...row,
        number: `GD${String(row.number).padStart(6, '0')}`,
        requesterName: auth.displayName,
        messages: [
          {
            ...message.rows[0],
            author: 'MEMBER',
            authorName: auth.displayName,
            body: description,
            attachments: [],
          },
        ],
      };
    });
    return reply.code(201).send(ticket);
  },
);

// 提交报名申请 (a lawyer for themself, JSON): the gate before the lock (the event, its scope, the
// lawyer's suspension), then under the event's lock the window, the same lawyer twice and a place,
// the registration with its 签到码, the event's counters and the audit entry.
app.post<{
  Params: { id: string };
  Body: { name: string; gender: string; workplace: string; mobile: string; email: string };
}>('/api/events/:id/registrations', async (request, reply) => {
  if (!csrfOk(request)) return reply.code(403).send({ code: 'CSRF' });
  const auth = await session(request, reply);
  if (!auth) return reply;
  const body = request.body ?? {};
  if (
    !auth.lawyerId ||
    !body.name ||
    !body.gender ||
    !body.workplace ||
    !body.mobile ||
    !body.email
  )
    return reply.code(400).send({ code: 'INVALID' });
  const eventId = request.params.id;
  const { rows: gate } = await pool.query<{ inScope: boolean; suspended: boolean }>(
    `SELECT l."practiceCategory"::text = ANY(e."scopePractice") AS "inScope",
       EXISTS (SELECT 1 FROM "EventSuspension" s WHERE s."lawyerId" = l.id AND s."liftedAt" IS NULL
         AND s.until > now() AND s."startsAt" <= now()) AS suspended
     FROM "Event" e CROSS JOIN "Lawyer" l
     WHERE e.id = $1 AND e.state <> 'DRAFT' AND l.id = $2`,
    [eventId, auth.lawyerId],
  );
  if (!gate[0]) return reply.code(404).send({ code: 'NOT_FOUND' });
  if (!gate[0].inScope || gate[0].suspended) return reply.code(403).send({ code: 'FORBIDDEN' });
  try {
    const registration = await inTransaction(async (db) => {
      const { rows } = await db.query<{
        state: string;
        open: boolean;
        placesTaken: number;
        capacity: number;
        waitlist: boolean;
        registrationsMade: number;
      }>(
        `SELECT state, now() >= "registrationOpensAt" AND now() < "registrationClosesAt" AS open,
           "placesTaken", capacity, waitlist, "registrationsMade"
         FROM "Event" WHERE id = $1 FOR UPDATE`,
        [eventId],
      );
      const event = rows[0];
      if (!event || event.state !== 'PUBLISHED' || !event.open) throw new Refusal();
      const same = await db.query(
        `SELECT 1 FROM "EventRegistration" WHERE "eventId" = $1 AND "lawyerId" = $2
           AND state IN ('REGISTERED', 'WAITLISTED', 'OFFERED', 'ON_LEAVE', 'ATTENDED', 'NO_SHOW')`,
        [eventId, auth.lawyerId],
      );
      if (same.rows.length > 0) throw new Refusal();
      const placed = event.placesTaken < event.capacity;
      if (!placed && !event.waitlist) throw new Refusal();
      const offset = parseInt(eventId.replace(/-/g, '').slice(0, 8), 16) % 1_000_000;
      const code = String((event.registrationsMade * 7919 + offset) % 1_000_000).padStart(6, '0');
      const inserted = await db.query(
        `INSERT INTO "EventRegistration" (id, "eventId", "accountId", "lawyerId", state, name,
           gender, workplace, mobile, email, "checkInCode", "waitlistedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
         RETURNING id, state, name, workplace, mobile, "checkInCode", "createdAt"`,
        [
          randomUUID(),
          eventId,
          auth.accountId,
          auth.lawyerId,
          placed ? 'REGISTERED' : 'WAITLISTED',
          body.name,
          body.gender,
          body.workplace,
          body.mobile,
          body.email,
          code,
          placed ? null : new Date(),
        ],
      );
      await db.query(
        `UPDATE "Event" SET "placesTaken" = "placesTaken" + $2,
           "registrationsMade" = "registrationsMade" + 1, "updatedAt" = now() WHERE id = $1`,
        [eventId, placed ? 1 : 0],
      );
      const row = inserted.rows[0];
      await audit(db, request, auth, 'event.registered', 'EventRegistration', row.id, {
        eventId,
        lawyerId: auth.lawyerId,
        state: row.state,
        attachments: 0,
      });
      return { ...row, eventId, attachments: [] };
    });
    return reply.code(201).send(registration);
  } catch (error) {
    if (error instanceof Refusal || (error as { code?: string }).code === '23505')
      return reply.code(409).send({ code: 'CONFLICT' });
    throw error;
  }
});

await app.listen({ port: Number(process.env.BASELINE_PORT), host: '127.0.0.1' });
console.log('baseline ready');
