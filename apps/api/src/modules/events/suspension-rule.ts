import { DEFAULT_SUSPENSION_RULE, type SuspensionRule } from '@lx/shared/event-rules';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Db } from './event-records.ts';

/** The one settings row. */
const SETTINGS_ID = 1;

/** 缺席规则: what staff set, or the default until they have. */
export async function getSuspensionRule(db: Db): Promise<SuspensionRule> {
  const row = await db.eventSettings.findUnique({ where: { id: SETTINGS_ID } });
  if (!row) return { ...DEFAULT_SUSPENSION_RULE };
  return { noShows: row.noShows, withinMonths: row.withinMonths, suspendMonths: row.suspendMonths };
}

/** Sets the rule; applies to the no-shows recorded from now on. */
export async function updateSuspensionRule(options: {
  prisma: PrismaClient;
  rule: SuspensionRule;
  actor: Actor;
}): Promise<SuspensionRule> {
  const { prisma, rule, actor } = options;
  return prisma.$transaction(async (tx) => {
    // Two edits at once are recorded one after the other, each with the rule it replaced.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('EventSettings'))`;
    const before = await getSuspensionRule(tx);
    await tx.eventSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, ...rule },
      update: rule,
    });
    await recordAudit(tx, actor, {
      action: 'event.suspension-rule',
      entityType: 'EventSettings',
      entityId: String(SETTINGS_ID),
      before,
      after: rule,
    });
    return getSuspensionRule(tx);
  });
}
