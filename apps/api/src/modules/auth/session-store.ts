import type { Permission, StaffRoleCode } from '@lx/shared/permissions';
import type { AccountKind } from '@lx/shared/labels';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql } from '../../db/direct-sql.ts';
import { randomToken, sha256 } from '../../lib/tokens.ts';

export type SessionContext = {
  sessionId: string;
  accountId: string;
  kind: AccountKind;
  displayName: string;
  mustChangePassword: boolean;
  roles: StaffRoleCode[];
  permissions: Set<Permission>;
  lawyerId: string | null;
  organisationId: string | null;
};

// lastSeenAt is written at most this often, so reading a page costs no write.
const TOUCH_INTERVAL_MS = 5 * 60_000;

export async function createSession(
  prisma: Pick<PrismaClient, 'session'>,
  input: { accountId: string; ttlMs: number; ip?: string; userAgent?: string | undefined },
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + input.ttlMs);
  const session = await prisma.session.create({
    data: {
      tokenHash: sha256(token),
      csrfToken: randomToken(16),
      accountId: input.accountId,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      expiresAt,
    },
  });
  return { token, expiresAt, sessionId: session.id };
}

type SessionRow = {
  sessionId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  accountId: string;
  kind: AccountKind;
  displayName: string;
  mustChangePassword: boolean;
  roles: string[];
  permissions: string[];
  lawyerId: string | null;
  organisationId: string | null;
};

/**
 * The session of a cookie, with what every route's access check needs of its account, in one
 * statement on the direct lane: every authenticated request runs it, and through Prisma it was six
 * statements (session, account, roles, role, lawyer, organisation), ~1.6 ms of API CPU.
 * Revoked, expired and disabled are decided in SQL; the row is then the answer.
 */
export async function loadSession(
  prisma: PrismaClient,
  token: string,
  ttlMs: number,
): Promise<SessionContext | null> {
  return (await loadSessionEntry(prisma, token, ttlMs))?.context ?? null;
}

/** loadSession, with the moment the session expires (the session cache keeps no entry past it). */
export async function loadSessionEntry(
  prisma: PrismaClient,
  token: string,
  ttlMs: number,
): Promise<{ context: SessionContext; expiresAt: number } | null> {
  const sql = directSql(prisma);
  const [session] = await sql<SessionRow>`
    SELECT s.id::text AS "sessionId", s."expiresAt", s."lastSeenAt", a.id::text AS "accountId",
      a.kind::text AS kind, a."displayName", a."mustChangePassword",
      coalesce((SELECT array_agg(r."roleCode" ORDER BY r."roleCode") FROM "StaffRoleAssignment" r
        WHERE r."accountId" = a.id), '{}')::text[] AS roles,
      coalesce((SELECT array_agg(DISTINCT p) FROM "StaffRoleAssignment" r
        JOIN "StaffRole" sr ON sr.code = r."roleCode", unnest(sr.permissions) AS p
        WHERE r."accountId" = a.id), '{}')::text[] AS permissions,
      (SELECT l.id::text FROM "Lawyer" l WHERE l."accountId" = a.id) AS "lawyerId",
      (SELECT o.id::text FROM "Organisation" o WHERE o."accountId" = a.id) AS "organisationId"
    FROM "Session" s JOIN "Account" a ON a.id = s."accountId"
    WHERE s."tokenHash" = ${sha256(token)} AND s."revokedAt" IS NULL AND s."expiresAt" > now()
      AND NOT a.disabled`;
  if (!session) return null;
  const now = Date.now();
  let expiresAt = new Date(session.expiresAt).getTime();
  if (now - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
    expiresAt = now + ttlMs;
    // Sliding expiry: an active session stays alive; an idle one ends after the TTL.
    await sql`
      UPDATE "Session" SET "lastSeenAt" = ${new Date(now)}, "expiresAt" = ${new Date(now + ttlMs)}
      WHERE id = ${session.sessionId}::uuid`;
  }
  const context: SessionContext = {
    sessionId: session.sessionId,
    accountId: session.accountId,
    kind: session.kind,
    displayName: session.displayName,
    mustChangePassword: session.mustChangePassword,
    roles: session.roles as StaffRoleCode[],
    permissions: new Set(session.permissions as Permission[]),
    lawyerId: session.lawyerId,
    organisationId: session.organisationId,
  };
  return { context, expiresAt };
}

export async function revokeSessions(
  prisma: Pick<PrismaClient, 'session'>,
  accountId: string,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await prisma.session.updateMany({
    where: {
      accountId,
      revokedAt: null,
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
    },
    data: { revokedAt: new Date() },
  });
  return count;
}
