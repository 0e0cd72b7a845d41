import type { ImportBatch, ImportBatchPage } from '@lx/shared/training-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import { LIVE_ENTRY } from './training-records.ts';

type BatchRow = Prisma.TrainingImportBatchGetPayload<object>;

const toBatch = (row: BatchRow): ImportBatch => ({
  id: row.id,
  filename: row.filename,
  entries: row.entryCount,
  hours: Number(row.hours),
  createdAt: row.createdAt.toISOString(),
  createdByName: row.createdByName,
  reversedAt: row.reversedAt?.toISOString() ?? null,
  reverseReason: row.reverseReason,
});

/** The imports, newest first. */
export async function importBatchPage(
  prisma: PrismaClient,
  query: PageQuery,
): Promise<ImportBatchPage> {
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.trainingImportBatch.findMany({
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => prisma.trainingImportBatch.count(),
  });
  return { items: rows.map(toBatch), total, page: query.page, pageSize: query.pageSize };
}

/**
 * 冲销批次: a reversing line for each of the batch's entries not already reversed, in one
 * statement, under the batch's row lock (a second reversal at once waits, then is refused).
 */
export async function reverseImportBatch(
  prisma: PrismaClient,
  batchId: string,
  reason: string,
  actor: Actor,
): Promise<ImportBatch> {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ reversedAt: Date | null }[]>`
      SELECT "reversedAt" FROM "TrainingImportBatch" WHERE id = ${batchId}::uuid FOR UPDATE`;
    if (!locked) throw notFound('导入批次');
    if (locked.reversedAt) throw conflict('该批次已冲销');
    const reversed = await tx.$executeRaw`
      INSERT INTO "TrainingEntry" (id, "lawyerId", date, title, organiser, kind, hours, source,
        "batchId", "reversesId", reason, "createdById")
      SELECT gen_random_uuid(), e."lawyerId", e.date, e.title, e.organiser, e.kind, -e.hours,
        e.source, e."batchId", e.id, ${reason}, ${actor.accountId}::uuid
      FROM "TrainingEntry" e
      WHERE e."batchId" = ${batchId}::uuid AND ${LIVE_ENTRY}
      ON CONFLICT ("reversesId") DO NOTHING`;
    const row = await tx.trainingImportBatch.update({
      where: { id: batchId },
      data: { reversedAt: new Date(), reverseReason: reason },
    });
    await recordAudit(tx, actor, {
      action: 'training.import.reversed',
      entityType: 'TrainingImportBatch',
      entityId: batchId,
      after: { reversed, reason },
    });
    return toBatch(row);
  });
}
