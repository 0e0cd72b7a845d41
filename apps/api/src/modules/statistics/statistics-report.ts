import type { Statistics, StatisticsRange } from '@lx/shared/statistics-schemas';
import { trainingYearOf } from '@lx/shared/training-rules';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { complianceCounts } from '../training/compliance-report.ts';
import {
  eventAttendance,
  issuedPerMonth,
  memberStatistics,
  openTicketAges,
  profileCompletion,
  reviewLeadTimes,
} from './statistics-figures.ts';

/**
 * 统计分析: every figure of the dashboard for a range, one statement each. They run at once: on
 * PostgreSQL each takes its own pooled connection; the embedded database takes them in turn.
 */
export async function statisticsReport(
  prisma: PrismaClient,
  range: StatisticsRange,
  now: Date = new Date(),
): Promise<Statistics> {
  const year = trainingYearOf(now);
  const [members, profiles, issued, leadTimes, openTickets, events, training] = await Promise.all([
    memberStatistics(prisma),
    profileCompletion(prisma),
    issuedPerMonth(prisma, range),
    reviewLeadTimes(prisma, range),
    openTicketAges(prisma),
    eventAttendance(prisma, range),
    complianceCounts(prisma, year),
  ]);
  return {
    range,
    members,
    profiles,
    issued,
    leadTimes,
    openTickets,
    events,
    training: { year, ...training },
  };
}
