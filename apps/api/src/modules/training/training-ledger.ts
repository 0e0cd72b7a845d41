import type { ManualEntryInput, TrainingEntry } from '@lx/shared/training-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { toTrainingEntry } from './training-records.ts';

/** 人工录入: one entry for one lawyer, with the reason, audited. */
export async function addManualEntry(
  prisma: PrismaClient,
  lawyerId: string,
  input: ManualEntryInput,
  actor: Actor,
): Promise<TrainingEntry> {
  const lawyer = await prisma.lawyer.findUnique({ where: { id: lawyerId }, select: { id: true } });
  if (!lawyer) throw notFound('律师');
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.trainingEntry.create({
      data: {
        lawyerId,
        date: new Date(`${input.date}T00:00:00Z`),
        title: input.title,
        organiser: input.organiser,
        kind: input.kind,
        hours: input.hours,
        source: 'MANUAL',
        reason: input.reason,
        createdById: actor.accountId,
      },
    });
    await recordAudit(tx, actor, {
      action: 'training.entry.added',
      entityType: 'TrainingEntry',
      entityId: created.id,
      after: { lawyerId, ...input },
    });
    return created;
  });
  return toTrainingEntry(row, false);
}

/**
 * 冲销: a reversing line for one entry (the same day, kind and source, negative hours), with the
 * reason. An entry is reversed at most once (the unique index on reversesId decides between two
 * staff at once); a reversal is not reversed again.
 */
export async function reverseEntry(
  prisma: PrismaClient,
  entryId: string,
  reason: string,
  actor: Actor,
): Promise<TrainingEntry> {
  const original = await prisma.trainingEntry.findUnique({ where: { id: entryId } });
  if (!original) throw notFound('学时记录');
  if (original.reversesId) throw conflict('冲销记录不能再冲销');
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.trainingEntry.create({
        data: {
          lawyerId: original.lawyerId,
          date: original.date,
          title: original.title,
          organiser: original.organiser,
          kind: original.kind,
          hours: original.hours.negated(),
          source: original.source,
          eventId: original.eventId,
          batchId: original.batchId,
          reversesId: original.id,
          reason,
          createdById: actor.accountId,
        },
      });
      await recordAudit(tx, actor, {
        action: 'training.entry.reversed',
        entityType: 'TrainingEntry',
        entityId: original.id,
        after: { reversalId: created.id, hours: Number(original.hours), reason },
      });
      return created;
    });
    return toTrainingEntry(row, false);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('该记录已冲销');
    throw error;
  }
}
