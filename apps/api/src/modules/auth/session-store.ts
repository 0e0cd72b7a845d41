import type { Permission, StaffRoleCode } from '@lx/shared/permissions';
import type { AccountKind } from '@lx/shared/labels';
import type { PrismaClient } from '../../generated/prisma/client.ts';
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

export async function loadSession(
  prisma: PrismaClient,
  token: string,
  ttlMs: number,
): Promise<SessionContext | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: sha256(token) },
    include: {
      account: {
        include: {
          roles: { include: { role: true } },
          lawyer: { select: { id: true } },
          organisation: { select: { id: true } },
        },
      },
    },
  });
  const now = Date.now();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now) return null;
  const { account } = session;
  if (account.disabled) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    // Sliding expiry: an active session stays alive; an idle one ends after the TTL.
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + ttlMs) },
    });
  }
  const permissions = new Set<Permission>();
  for (const a of account.roles)
    for (const p of a.role.permissions) permissions.add(p as Permission);
  return {
    sessionId: session.id,
    accountId: account.id,
    kind: account.kind,
    displayName: account.displayName,
    mustChangePassword: account.mustChangePassword,
    roles: account.roles.map((r) => r.roleCode as StaffRoleCode),
    permissions,
    lawyerId: account.lawyer?.id ?? null,
    organisationId: account.organisation?.id ?? null,
  };
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
