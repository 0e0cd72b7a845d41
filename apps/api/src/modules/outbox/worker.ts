import type { FastifyBaseLogger } from 'fastify';
import { Prisma, type Job, type PrismaClient } from '../../generated/prisma/client.ts';

export type JobHandler = (job: Job) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/**
 * A claim is a lease: a job RUNNING without a heartbeat for this long belongs to a process that
 * died, and is claimed again. Short, so a job lost in a crash (a reset code's SMS, a certificate)
 * is re-driven within a minute rather than after half of a reset code's life.
 */
export const LEASE_MS = 30_000;
/**
 * A live worker renews the lease of every job it holds this often, so a slow job (a PDF, an SMTP
 * send with its own timeouts) keeps it and is never run by a second worker at the same time.
 * Three heartbeats fit in one lease: one slow database round-trip does not lose it.
 */
export const HEARTBEAT_MS = 10_000;
const BATCH_SIZE = 10;
const MAX_BACKOFF_MS = 60 * 60_000;

export type LeaseOptions = { leaseMs?: number; heartbeatMs?: number };

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 2 ** attempts * 1000);
}

const intervalOf = (ms: number) => Prisma.sql`make_interval(secs => ${ms / 1000})`;

/**
 * Claims due jobs, and jobs whose lease expired; SKIP LOCKED lets several workers (processes)
 * share the table without overlap. Times come from the database clock, so the processes' clocks
 * need not agree. Each claim increments `attempts`, which makes it the claim's fencing token: the
 * holder renews and finishes the job only while `attempts` is still its own.
 */
export async function claimJobs(
  prisma: PrismaClient,
  limit: number,
  leaseMs = LEASE_MS,
): Promise<Job[]> {
  return prisma.$transaction(async (tx) => {
    // A job whose holder died on its last attempt is not run again: it may be what kills the
    // process. The sweeper marks it failed (failAbandonedJobs).
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Job"
      WHERE (state = 'PENDING' AND "runAt" <= now())
         OR (state = 'RUNNING' AND "lockedAt" < now() - ${intervalOf(leaseMs)}
             AND attempts < "maxAttempts")
      ORDER BY "runAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return [];
    const ids = Prisma.join(rows.map((r) => Prisma.sql`${r.id}::uuid`));
    await tx.$executeRaw`
      UPDATE "Job" SET state = 'RUNNING', "lockedAt" = now(), attempts = attempts + 1
      WHERE id IN (${ids})`;
    return tx.job.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      orderBy: { runAt: 'asc' },
    });
  });
}

/** Renews the leases still held; returns the ids whose lease was lost to another worker. */
async function renewLeases(prisma: PrismaClient, held: Map<string, number>): Promise<string[]> {
  if (held.size === 0) return [];
  const claims = Prisma.join(
    [...held].map(([id, attempts]) => Prisma.sql`(${id}::uuid, ${attempts}::int)`),
  );
  const renewed = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "Job" SET "lockedAt" = now()
    WHERE state = 'RUNNING' AND (id, attempts) IN (VALUES ${claims})
    RETURNING id`;
  const kept = new Set(renewed.map((r) => r.id));
  return [...held.keys()].filter((id) => !kept.has(id));
}

/**
 * Marks failed the jobs whose holder died on their last attempt (see claimJobs). Idempotent, so
 * several processes may sweep at once.
 */
export async function failAbandonedJobs(prisma: PrismaClient, leaseMs = LEASE_MS) {
  return prisma.$executeRaw`
    UPDATE "Job" SET state = 'FAILED', "lockedAt" = NULL,
      "lastError" = 'the worker stopped while running it (lease expired on the last attempt)'
    WHERE state = 'RUNNING' AND "lockedAt" < now() - ${intervalOf(leaseMs)}
      AND attempts >= "maxAttempts"`;
}

async function runOne(
  prisma: PrismaClient,
  handlers: JobHandlers,
  job: Job,
  log?: FastifyBaseLogger,
): Promise<boolean> {
  // Fenced by the claim: a worker that lost its lease (another one holds the job now) must not
  // overwrite the newer holder's state.
  const finish = async (data: Prisma.JobUpdateManyMutationInput) => {
    const { count } = await prisma.job.updateMany({
      where: { id: job.id, state: 'RUNNING', attempts: job.attempts },
      data,
    });
    if (count === 0) {
      log?.warn({ jobId: job.id, kind: job.kind }, 'job lease lost; its outcome is not recorded');
    }
  };
  const handler = handlers[job.kind];
  try {
    if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
    await handler(job);
    await finish({ state: 'DONE', doneAt: new Date(), lockedAt: null, lastError: null });
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const exhausted = job.attempts >= job.maxAttempts;
    log?.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: error }, 'job failed');
    await finish({
      state: exhausted ? 'FAILED' : 'PENDING',
      lockedAt: null,
      lastError: message.slice(0, 1000),
      runAt: new Date(Date.now() + backoffMs(job.attempts)),
    });
    return false;
  }
}

/**
 * Runs every job that is due now, batch after batch; returns how many succeeded and failed.
 * While a batch runs, a heartbeat renews the lease of each of its jobs not yet finished (the
 * last ones of a batch wait for the first).
 */
export async function runDueJobs(
  prisma: PrismaClient,
  handlers: JobHandlers,
  options: LeaseOptions & { log?: FastifyBaseLogger | undefined } = {},
): Promise<{ done: number; failed: number }> {
  const { log, leaseMs = LEASE_MS, heartbeatMs = HEARTBEAT_MS } = options;
  let done = 0;
  let failed = 0;
  for (;;) {
    const jobs = await claimJobs(prisma, BATCH_SIZE, leaseMs);
    if (jobs.length === 0) return { done, failed };
    const held = new Map(jobs.map((job) => [job.id, job.attempts]));
    let beating: Promise<void> | null = null;
    const heartbeat = setInterval(() => {
      beating ??= renewLeases(prisma, held)
        .then((lost) => {
          for (const id of lost) {
            held.delete(id);
            log?.warn({ jobId: id }, 'job lease lost to another worker');
          }
        })
        .catch((error: unknown) => log?.warn({ err: error }, 'job heartbeat failed'))
        .finally(() => {
          beating = null;
        });
    }, heartbeatMs);
    try {
      for (const job of jobs) {
        if (await runOne(prisma, handlers, job, log)) done++;
        else failed++;
        held.delete(job.id);
      }
    } finally {
      clearInterval(heartbeat);
      await beating;
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
    running = runDueJobs(options.prisma, options.handlers, { log: options.log })
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
