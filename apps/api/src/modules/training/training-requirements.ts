import type { RequirementList, RequirementsInput } from '@lx/shared/training-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';

const num = (value: { toNumber(): number } | null) =>
  value === null ? undefined : value.toNumber();

/** 学时要求 of a year: one line per practice category that has one. */
export async function getRequirements(
  prisma: PrismaClient,
  year: number,
): Promise<RequirementList> {
  const rows = await prisma.trainingRequirement.findMany({
    where: { year },
    orderBy: { category: 'asc' },
  });
  return {
    year,
    items: rows.map((r) => ({
      year: r.year,
      category: r.category,
      totalHours: r.totalHours.toNumber(),
      minimums: Object.fromEntries(
        (
          [
            ['ONSITE', num(r.minOnsite)],
            ['OFFLINE', num(r.minOffline)],
            ['ONLINE', num(r.minOnline)],
          ] as const
        ).filter(([, v]) => v !== undefined),
      ),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

/** Replaces the year's requirements with these (a category left out has none), audited. */
export async function setRequirements(
  prisma: PrismaClient,
  year: number,
  input: RequirementsInput,
  actor: Actor,
): Promise<RequirementList> {
  await prisma.$transaction(async (tx) => {
    // Two staff saving the same year at once: one after the other, never a half of each.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('training-requirements'), ${year}::int)`;
    const before = await tx.trainingRequirement.findMany({ where: { year } });
    await tx.trainingRequirement.deleteMany({ where: { year } });
    await tx.trainingRequirement.createMany({
      data: input.items.map((item) => ({
        year,
        category: item.category,
        totalHours: item.totalHours,
        minOnsite: item.minimums.ONSITE ?? null,
        minOffline: item.minimums.OFFLINE ?? null,
        minOnline: item.minimums.ONLINE ?? null,
        updatedById: actor.accountId,
      })),
    });
    await recordAudit(tx, actor, {
      action: 'training.requirements.set',
      entityType: 'TrainingRequirement',
      entityId: String(year),
      before: before.map((r) => ({ category: r.category, totalHours: Number(r.totalHours) })),
      after: input.items,
    });
  });
  return getRequirements(prisma, year);
}
