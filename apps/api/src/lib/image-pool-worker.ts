// The image pool's thread: decodes and normalises photos off the event loop (lib/image-pool.ts).
// Bundled as its own entry point (dist/image-pool-worker.mjs, see build.mjs).
import { parentPort } from 'node:worker_threads';
import { DomainError } from './domain-error.ts';
import { renderIdPhoto } from './id-photo.ts';

export type ImageJob = { id: number; bytes: Uint8Array };
export type ImageResult =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; refusal: string | null; error: string };

parentPort?.on('message', async (job: ImageJob) => {
  try {
    const out = await renderIdPhoto(
      Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
    );
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    parentPort!.postMessage({ id: job.id, ok: true, bytes } satisfies ImageResult);
  } catch (error) {
    parentPort!.postMessage({
      id: job.id,
      ok: false,
      // A refusal for the user crosses the thread as its message; anything else is a fault.
      refusal: error instanceof DomainError ? error.message : null,
      error: String(error),
    } satisfies ImageResult);
  }
});
