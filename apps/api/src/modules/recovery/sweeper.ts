import type { FastifyBaseLogger } from 'fastify';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { requeueStrandedAutomaticIssues } from '../certificates/automatic-issue.ts';
import { pruneRateLimitCounters } from '../../lib/rate-limit-store.ts';
import type { Storage } from '../../lib/storage.ts';
import { remindUnreadRecipients } from '../documents/read-by-reminders.ts';
import { expireDueOffers } from '../events/event-places.ts';
import { failAbandonedJobs } from '../outbox/worker.ts';
import { removeOrphanFiles } from './orphan-files.ts';

/** How often a running process sweeps again; it also sweeps once at start-up. */
export const SWEEP_INTERVAL_MS = 60_000;
/** Files are walked less often: a walk reads every directory, and orphans are rare and harmless. */
export const FILE_SWEEP_INTERVAL_MS = 60 * 60_000;

/**
 * One pass over what a process killed mid-work leaves behind, so that it is finished or
 * visibly failed rather than stuck. Every step is idempotent (conditional updates, jobs by
 * idempotency key): several API processes may sweep at the same time.
 * - automatic certificate applications left pending with no issue job get one;
 * - jobs whose worker died on their last attempt are marked failed (the others are simply
 *   claimed again by any worker once their lease expires: worker.ts);
 * - waitlist offers that ran out while nobody acted on their event are expired and passed on to the
 *   next in line (event-places.ts);
 * - unread recipients of a document whose 阅读期限 is tomorrow are reminded once
 *   (read-by-reminders.ts);
 * - with `storage`: half-written and staged files, and stored files no row names, once they are
 *   an hour old (orphan-files.ts).
 */
export async function sweepCrashLeftovers(prisma: PrismaClient, storage?: Storage) {
  return {
    automaticIssuesQueued: await requeueStrandedAutomaticIssues(prisma),
    abandonedJobsFailed: await failAbandonedJobs(prisma),
    eventOffersExpired: await expireDueOffers(prisma),
    documentRemindersSent: await remindUnreadRecipients(prisma),
    ...(storage
      ? await removeOrphanFiles({ prisma, storage })
      : { leftoversRemoved: 0, orphansRemoved: 0 }),
  };
}

/** Sweeps at once, then every interval; stop() waits for a sweep in progress. */
export function startSweeper(options: {
  prisma: PrismaClient;
  storage: Storage;
  log: FastifyBaseLogger;
  intervalMs?: number;
}) {
  const { prisma, storage, log, intervalMs = SWEEP_INTERVAL_MS } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let filesSweptAt = 0;
  const tick = () => {
    const sweepFiles = Date.now() - filesSweptAt >= FILE_SWEEP_INTERVAL_MS;
    if (sweepFiles) filesSweptAt = Date.now();
    running = sweepCrashLeftovers(prisma, sweepFiles ? storage : undefined)
      .then((swept) => {
        if (Object.values(swept).some((n) => n > 0)) log.warn(swept, 'swept crash leftovers');
      })
      .catch((error: unknown) => log.error({ err: error }, 'crash sweep failed'))
      // Housekeeping, not a crash leftover: rate-limit counters whose window has ended.
      .then(() => pruneRateLimitCounters(prisma))
      .catch((error: unknown) => log.error({ err: error }, 'pruning rate-limit counters failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
