import type { Prisma } from '../../generated/prisma/client.ts';

type Tx = Pick<Prisma.TransactionClient, 'job'>;

export type JobRequest = {
  kind: string;
  payload: Prisma.InputJsonValue;
  /** The same key twice is one job: retried clicks and replays do not send twice. */
  idempotencyKey: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** Adds a job to the outbox inside the caller's transaction; the worker does it after commit. */
export async function enqueueJob(tx: Tx, job: JobRequest): Promise<void> {
  await tx.job.createMany({
    data: [
      {
        kind: job.kind,
        payload: job.payload,
        idempotencyKey: job.idempotencyKey,
        runAt: job.runAt ?? new Date(),
        maxAttempts: job.maxAttempts ?? 8,
      },
    ],
    skipDuplicates: true,
  });
}
