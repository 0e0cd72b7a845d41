import type { FastifyBaseLogger } from 'fastify';
import type { Job, PrismaClient } from '../../generated/prisma/client.ts';

export type JobHandler = (job: Job) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

// A job left RUNNING this long belongs to a worker that died: it is claimed again.
const STALE_LOCK_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 2 ** attempts * 1000);
}

/** Claims due jobs; SKIP LOCKED lets several workers (processes) share the table without overlap. */
export async function claimJobs(prisma: PrismaClient, limit: number): Promise<Job[]> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Job"
      WHERE (state = 'PENDING' AND "runAt" <= now())
         OR (state = 'RUNNING' AND "lockedAt" < now() - make_interval(secs => ${STALE_LOCK_MS / 1000}))
      ORDER BY "runAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx.job.updateMany({
      where: { id: { in: ids } },
      data: { state: 'RUNNING', lockedAt: new Date(), attempts: { increment: 1 } },
    });
    return tx.job.findMany({ where: { id: { in: ids } } });
  });
}

async function runOne(
  prisma: PrismaClient,
  handlers: JobHandlers,
  job: Job,
  log?: FastifyBaseLogger,
): Promise<boolean> {
  const handler = handlers[job.kind];
  try {
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    await handler(job);
    await prisma.job.update({
      where: { id: job.id },
      data: { state: 'DONE', doneAt: new Date(), lockedAt: null, lastError: null },
    });
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const exhausted = job.attempts >= job.maxAttempts;
    log?.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: error }, 'job failed');
    await prisma.job.update({
      where: { id: job.id },
      data: {
        state: exhausted ? 'FAILED' : 'PENDING',
        lockedAt: null,
        lastError: message.slice(0, 1000),
        runAt: new Date(Date.now() + backoffMs(job.attempts)),
      },
    });
    return false;
  }
}

/** Runs every job that is due now, batch after batch; returns how many succeeded and failed. */
export async function runDueJobs(
  prisma: PrismaClient,
  handlers: JobHandlers,
  log?: FastifyBaseLogger,
): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (;;) {
    const jobs = await claimJobs(prisma, 10);
    if (jobs.length === 0) return { done, failed };
    for (const job of jobs) {
      if (await runOne(prisma, handlers, job, log)) done++;
      else failed++;
    }
  }
}

/** The in-process worker loop; stop() waits for the batch in hand. */
export function startWorker(options: {
  prisma: PrismaClient;
  handlers: JobHandlers;
  intervalMs: number;
  log: FastifyBaseLogger;
}) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runDueJobs(options.prisma, options.handlers, options.log)
      .catch((error: unknown) => options.log.error({ err: error }, 'outbox worker tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  timer = setTimeout(tick, options.intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
