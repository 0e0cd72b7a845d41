import type { Prisma } from '../generated/prisma/client.ts';
import type { Actor } from './actor.ts';

type Tx = Pick<Prisma.TransactionClient, 'auditEntry'>;

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const SECRET_KEYS = new Set(['passwordHash', 'codeHash', 'tokenHash', 'csrfToken', 'password']);

// JSON-safe copy with secrets removed: dates become ISO strings, undefined keys are dropped.
export function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? undefined : v)),
  ) as Prisma.InputJsonValue;
}

/** Keeps only the keys whose value differs, so the log shows what changed. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

/**
 * An audit entry's `before`/`after` as JSON text for a hand-written insert (the same copy
 * recordAudit stores), or null when there is none.
 */
export function snapshotJson(value: unknown): string | null {
  const copy = snapshot(value);
  return copy === undefined ? null : JSON.stringify(copy);
}

/** Writes one audit entry; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor.accountId,
      actorName: actor.name,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: snapshot(record.before),
      after: snapshot(record.after),
      requestId: actor.requestId ?? null,
      ip: actor.ip ?? null,
    },
  });
}
