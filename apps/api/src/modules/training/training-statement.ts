import { chineseDate, formatDateTime } from '@lx/shared/dates';
import { PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { TRAINING_KIND_LABELS, TRAINING_KINDS } from '@lx/shared/training-kinds';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { renderTrainingStatement } from '../../lib/pdf/training-statement.ts';
import { reversedAmong, toTrainingEntry, trainingSummary } from './training-records.ts';
import { trainingYearDays } from '@lx/shared/training-rules';

const hoursText = (h: number) => `${h} 学时`;

/**
 * 学时证明 of a lawyer's year: who, the totals per kind against the requirement, the sentence, and
 * every ledger line of the year (a reversed line and its reversal are left out: they cancel).
 */
export async function trainingStatementPdf(
  prisma: PrismaClient,
  lawyerId: string,
  year: number,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const summary = await trainingSummary(prisma, year, lawyerId);
  if (!summary) throw notFound('律师');
  const { from, to } = trainingYearDays(year);
  const [association, rows] = await Promise.all([
    prisma.association.findFirst({ select: { name: true } }),
    prisma.trainingEntry.findMany({
      where: {
        lawyerId,
        date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
      },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const reversed = await reversedAmong(
    prisma,
    rows.map((r) => r.id),
  );
  const lines = rows
    .filter((r) => !r.reversesId && !reversed.has(r.id))
    .map((r) => toTrainingEntry(r, false))
    .map(
      (e) =>
        `${e.date}\u3000${e.title}\u3000${e.organiser}\u3000${TRAINING_KIND_LABELS[e.kind]}\u3000${hoursText(e.hours)}`,
    );
  const req = summary.requirement;
  const associationName = association?.name ?? '';
  const now = new Date();
  const bytes = await renderTrainingStatement({
    associationName,
    year,
    identity: [
      { label: '姓名', value: summary.lawyer.name },
      {
        label: '执业证号',
        value: summary.lawyer.licenceNo ?? `会员编号 ${summary.lawyer.memberNo}`,
      },
      { label: '执业机构', value: summary.lawyer.organisationName },
      { label: '执业类别', value: PRACTICE_CATEGORY_LABELS[summary.lawyer.category] },
    ],
    totals: [
      ...TRAINING_KINDS.map((kind) => ({
        label: TRAINING_KIND_LABELS[kind],
        done: hoursText(summary.totals[kind]),
        required: req?.minimums[kind] ? `不少于 ${hoursText(req.minimums[kind])}` : '—',
      })),
      {
        label: '合计',
        done: hoursText(summary.totals.total),
        required: req ? hoursText(req.totalHours) : '未设定',
      },
    ],
    sentence: summary.sentence,
    lines,
    printedAt: formatDateTime(now),
    issuedOn: chineseDate(now),
  });
  return { bytes, filename: `学时证明-${year}-${summary.lawyer.name}.pdf` };
}
