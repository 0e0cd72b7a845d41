import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from './domain-error.ts';
import type { ImageJob, ImageResult } from './image-pool-worker.ts';

export type ImagePool = {
  /** Decodes and normalises a checked ID photo in a worker thread (see lib/id-photo.ts). */
  normaliseIdPhoto(bytes: Buffer): Promise<Buffer>;
  close(): Promise<void>;
};

// A photo that takes longer than this has a thread stuck on it: the thread is replaced.
const JOB_TIMEOUT_MS = 30_000;
const RETRY_AFTER_SECONDS = 5;

/**
 * The worker's module: the bundled file next to dist/server.mjs in production, the TypeScript
 * source under tsx and vitest (loaded through tsx's loader inside the thread).
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./image-pool-worker.mjs', import.meta.url);
  const source = new URL('./image-pool-worker.ts', import.meta.url);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

type Job = {
  id: number;
  bytes: Buffer;
  resolve: (bytes: Buffer) => void;
  reject: (error: unknown) => void;
};
type Slot = { worker: Worker; job: Job | null; timer: NodeJS.Timeout | null };

/**
 * A fixed number of worker threads for decoding images, so that a photo never blocks the event
 * loop (one 3000 × 4000 JPEG held it for 3 s in jimp). Beyond `queueLimit` waiting photos the pool
 * refuses with 503 and Retry-After rather than letting memory and waiting time grow.
 */
export function createImagePool(options: { size: number; queueLimit: number }): ImagePool {
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 1;
  let closed = false;

  const start = (): Slot => {
    const worker = new Worker(workerEntry(), {
      // jimp holds the decoded RGBA bitmap; 2000 × 2000 is 16 MB, this is ample and bounded.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (result: ImageResult) => {
      const job = slot.job;
      if (!job || job.id !== result.id) return;
      finish(slot);
      if (result.ok) job.resolve(Buffer.from(result.bytes));
      else if (result.refusal)
        job.reject(new DomainError('VALIDATION', result.refusal, { file: result.refusal }));
      else job.reject(new Error(`image worker: ${result.error}`));
      dispatch();
    });
    worker.on('error', (error) => replace(slot, error));
    worker.on('exit', (code) => {
      if (!closed) replace(slot, new Error(`image worker exited with code ${code}`));
    });
    return slot;
  };

  function finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  function replace(slot: Slot, error: unknown) {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    finish(slot);
    slots.splice(index, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    job?.reject(error);
    if (!closed) dispatch();
  }

  function dispatch() {
    while (waiting.length > 0) {
      let slot = slots.find((s) => !s.job);
      if (!slot && slots.length < options.size) {
        slot = start();
        slots.push(slot);
      }
      if (!slot) return;
      const job = waiting.shift()!;
      slot.job = job;
      const current = slot;
      slot.timer = setTimeout(
        () => replace(current, new Error('image worker timed out')),
        JOB_TIMEOUT_MS,
      );
      slot.worker.postMessage({
        id: job.id,
        bytes: new Uint8Array(job.bytes),
      } satisfies ImageJob);
    }
  }

  return {
    normaliseIdPhoto(bytes) {
      if (closed) return Promise.reject(new Error('image pool closed'));
      const free = slots.some((s) => !s.job) || slots.length < options.size;
      if (!free && waiting.length >= options.queueLimit) {
        return Promise.reject(
          new DomainError('UNAVAILABLE', '照片处理繁忙，请稍后再试', undefined, {
            headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
          }),
        );
      }
      return new Promise<Buffer>((resolve, reject) => {
        waiting.push({ id: nextId++, bytes, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.reject(new Error('image pool closed'));
      await Promise.all(
        slots.splice(0).map((slot) => {
          slot.job?.reject(new Error('image pool closed'));
          finish(slot);
          return slot.worker.terminate();
        }),
      );
    },
  };
}
