import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/modules/outbox/enqueue-job.ts';
import { claimJobs, runDueJobs } from '../src/modules/outbox/worker.ts';
import { onPostgres } from './support/test-database.ts';
import { startTestApp, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('outbox worker', () => {
  it('the same idempotency key twice is one job', async () => {
    await enqueueJob(t.prisma, { kind: 'test.noop', payload: {}, idempotencyKey: 'same-key' });
    await enqueueJob(t.prisma, { kind: 'test.noop', payload: {}, idempotencyKey: 'same-key' });
    expect(await t.prisma.job.count({ where: { idempotencyKey: 'same-key' } })).toBe(1);
    const calls: string[] = [];
    await runDueJobs(t.prisma, { 'test.noop': async (job) => void calls.push(job.id) });
    expect(calls).toHaveLength(1);
  });

  it('a failing job is retried with back-off and ends FAILED after its attempts', async () => {
    await enqueueJob(t.prisma, {
      kind: 'test.flaky',
      payload: {},
      idempotencyKey: 'flaky',
      maxAttempts: 3,
    });
    const handlers = {
      'test.flaky': async () => {
        throw new Error('gateway timeout');
      },
    };
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await runDueJobs(t.prisma, handlers);
      expect(result).toEqual({ done: 0, failed: 1 });
      const job = await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'flaky' } });
      expect(job.attempts).toBe(attempt);
      expect(job.lastError).toBe('gateway timeout');
      expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 2 ** attempt * 1000 - 2000);
      expect(job.state).toBe(attempt < 3 ? 'PENDING' : 'FAILED');
      // not due until its back-off has passed
      expect(await runDueJobs(t.prisma, handlers)).toEqual({ done: 0, failed: 0 });
      await t.prisma.job.update({ where: { id: job.id }, data: { runAt: new Date() } });
    }
    expect(await runDueJobs(t.prisma, handlers)).toEqual({ done: 0, failed: 0 });
  });

  it('a job succeeds on a later attempt', async () => {
    await enqueueJob(t.prisma, {
      kind: 'test.second',
      payload: {},
      idempotencyKey: 'second',
      maxAttempts: 3,
    });
    let calls = 0;
    const handlers = {
      'test.second': async () => {
        calls++;
        if (calls === 1) throw new Error('once');
      },
    };
    await runDueJobs(t.prisma, handlers);
    await t.prisma.job.updateMany({
      where: { idempotencyKey: 'second' },
      data: { runAt: new Date() },
    });
    await runDueJobs(t.prisma, handlers);
    const job = await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'second' } });
    expect(job).toMatchObject({ state: 'DONE', attempts: 2, lastError: null });
  });

  it('a job left RUNNING by a dead worker is claimed again after 5 minutes', async () => {
    await enqueueJob(t.prisma, { kind: 'test.stale', payload: {}, idempotencyKey: 'stale' });
    await t.prisma.job.updateMany({
      where: { idempotencyKey: 'stale' },
      data: { state: 'RUNNING', lockedAt: new Date(Date.now() - 6 * 60_000) },
    });
    const result = await runDueJobs(t.prisma, { 'test.stale': async () => {} });
    expect(result.done).toBe(1);
  });

  it.runIf(onPostgres())(
    'two workers claiming at once never get the same job (SKIP LOCKED)',
    async () => {
      for (let i = 0; i < 40; i++)
        await enqueueJob(t.prisma, { kind: 'test.race', payload: {}, idempotencyKey: `race-${i}` });
      const batches = await Promise.all(Array.from({ length: 8 }, () => claimJobs(t.prisma, 5)));
      const ids = batches.flat().map((j) => j.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(40);
    },
  );
});
