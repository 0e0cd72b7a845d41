import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/modules/outbox/enqueue-job.ts';
import {
  claimJobs,
  failAbandonedJobs,
  LEASE_MS,
  runDueJobs,
} from '../src/modules/outbox/worker.ts';
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

  it('a job whose worker died is claimed again once its 30 s lease expires, not before', async () => {
    await enqueueJob(t.prisma, { kind: 'test.stale', payload: {}, idempotencyKey: 'stale' });
    await enqueueJob(t.prisma, { kind: 'test.stale', payload: {}, idempotencyKey: 'held' });
    const claimedAt = async (key: string, msAgo: number) =>
      t.prisma.job.updateMany({
        where: { idempotencyKey: key },
        data: { state: 'RUNNING', attempts: 1, lockedAt: new Date(Date.now() - msAgo) },
      });
    await claimedAt('stale', LEASE_MS + 1000);
    await claimedAt('held', LEASE_MS - 10_000);
    const ran: string[] = [];
    const result = await runDueJobs(t.prisma, {
      'test.stale': async (job) => void ran.push(job.idempotencyKey),
    });
    expect(LEASE_MS).toBeLessThanOrEqual(30_000);
    expect(result).toEqual({ done: 1, failed: 0 });
    expect(ran).toEqual(['stale']);
    expect(
      await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'stale' } }),
    ).toMatchObject({ state: 'DONE', attempts: 2 });
    expect(
      await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'held' } }),
    ).toMatchObject({ state: 'RUNNING', attempts: 1 });
    await t.prisma.job.updateMany({ where: { idempotencyKey: 'held' }, data: { state: 'DONE' } });
  });

  it('a slow job keeps its lease by heartbeat: a second worker never runs it meanwhile', async () => {
    await enqueueJob(t.prisma, { kind: 'test.slow', payload: {}, idempotencyKey: 'slow' });
    // ten heartbeats per lease: a loaded test machine may delay a few without losing it
    const lease = { leaseMs: 1500, heartbeatMs: 150 };
    let calls = 0;
    const first = runDueJobs(
      t.prisma,
      {
        'test.slow': async () => {
          calls++;
          await sleep(4 * lease.leaseMs);
        },
      },
      lease,
    );
    const stolen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sleep(lease.leaseMs);
      const claimed = await claimJobs(t.prisma, 10, lease.leaseMs);
      stolen.push(...claimed.map((j) => j.idempotencyKey));
    }
    expect(await first).toEqual({ done: 1, failed: 0 });
    expect(stolen).toEqual([]);
    expect(calls).toBe(1);
    expect(
      await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'slow' } }),
    ).toMatchObject({ state: 'DONE', attempts: 1, lockedAt: null });
  });

  it('a worker that lost its lease does not overwrite the outcome of the one that took over', async () => {
    await enqueueJob(t.prisma, { kind: 'test.lost', payload: {}, idempotencyKey: 'lost' });
    const result = await runDueJobs(t.prisma, {
      'test.lost': async (job) => {
        // This worker stalls past its lease (no heartbeat got through); another one takes over.
        await t.prisma.job.update({
          where: { id: job.id },
          data: { lockedAt: new Date(Date.now() - LEASE_MS - 1000) },
        });
        const [taken] = await claimJobs(t.prisma, 10);
        expect(taken).toMatchObject({ id: job.id, attempts: 2 });
        throw new Error('gave up late');
      },
    });
    expect(result).toEqual({ done: 0, failed: 1 });
    expect(
      await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'lost' } }),
    ).toMatchObject({ state: 'RUNNING', attempts: 2, lastError: null });
    await t.prisma.job.updateMany({ where: { idempotencyKey: 'lost' }, data: { state: 'DONE' } });
  });

  it('a job whose worker died on its last attempt is not run again; the sweeper marks it failed', async () => {
    await enqueueJob(t.prisma, {
      kind: 'test.killer',
      payload: {},
      idempotencyKey: 'killer',
      maxAttempts: 3,
    });
    await t.prisma.job.updateMany({
      where: { idempotencyKey: 'killer' },
      data: { state: 'RUNNING', attempts: 3, lockedAt: new Date(Date.now() - LEASE_MS - 1000) },
    });
    let calls = 0;
    expect(await runDueJobs(t.prisma, { 'test.killer': async () => void calls++ })).toEqual({
      done: 0,
      failed: 0,
    });
    expect(calls).toBe(0);
    expect(await failAbandonedJobs(t.prisma)).toBe(1);
    expect(await failAbandonedJobs(t.prisma)).toBe(0);
    const job = await t.prisma.job.findUniqueOrThrow({ where: { idempotencyKey: 'killer' } });
    expect(job).toMatchObject({ state: 'FAILED', lockedAt: null });
    expect(job.lastError).toMatch(/lease expired/);
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
