import type { AddressInfo } from 'node:net';
import { Jimp } from 'jimp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import { readJpegSize } from '../src/lib/file-type.ts';
import { normaliseIdPhoto, UNDECODABLE_PHOTO } from '../src/lib/id-photo.ts';
import { createImagePool } from '../src/lib/image-pool.ts';
import { makeLawyer } from './support/factories.ts';
import { multipart } from './support/multipart.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// The largest photo the header check lets through (2000 px long side at 358:441): grey, like the
// 46 KB 3100 × 3818 JPEG of the report. jimp's decoding time is per pixel, not per byte.
async function largestAllowedPhoto(): Promise<Buffer> {
  const image = new Jimp({ width: 1624, height: 2000, color: 0x808080ff });
  return (await image.getBuffer('image/jpeg', { quality: 85 })) as Buffer;
}

describe('the image pool', () => {
  it('refuses beyond its queue with 503 and Retry-After, and serves the rest', async () => {
    const pool = createImagePool({ size: 1, queueLimit: 2 });
    try {
      const photo = await largestAllowedPhoto();
      const jobs = Array.from({ length: 5 }, () =>
        pool.normaliseIdPhoto(photo).then(
          (bytes) => ({ ok: true as const, size: readJpegSize(bytes) }),
          (error: { status?: number; headers?: Record<string, string>; message: string }) => ({
            ok: false as const,
            status: error.status,
            retryAfter: error.headers?.['retry-after'],
            message: error.message,
          }),
        ),
      );
      const results = await Promise.all(jobs);
      // One running, two waiting; the fourth and fifth are refused at once.
      expect(results.slice(0, 3)).toEqual(
        Array(3).fill({ ok: true, size: { width: 358, height: 441 } }),
      );
      expect(results.slice(3)).toEqual(
        Array(2).fill({
          ok: false,
          status: 503,
          retryAfter: '5',
          message: '照片处理繁忙，请稍后再试',
        }),
      );
    } finally {
      await pool.close();
    }
  });
});

describe('a photo the thread cannot decode', () => {
  it('is refused with the photo message, and the pool keeps working', async () => {
    const pool = createImagePool({ size: 1, queueLimit: 2 });
    try {
      const good = (await new Jimp({ width: 358, height: 441, color: 0x4a90d9ff }).getBuffer(
        'image/jpeg',
      )) as Buffer;
      const bad = Buffer.from(good);
      // Break the Huffman tables; the frame header and the end marker stay valid.
      for (let i = 2; i < bad.length - 4; ) {
        const marker = bad[i + 1]!;
        const length = bad.readUInt16BE(i + 2);
        if (marker === 0xc4) bad.fill(0xff, i + 4, i + 2 + length);
        if (marker === 0xda) break;
        i += 2 + length;
      }
      await expect(normaliseIdPhoto(bad, pool)).rejects.toMatchObject({
        status: 400,
        message: UNDECODABLE_PHOTO,
      });
      expect(readJpegSize(await normaliseIdPhoto(good, pool))).toEqual({ width: 358, height: 441 });
    } finally {
      await pool.close();
    }
  });
});

describe('photo uploads and the event loop', () => {
  let t: Started;
  let base: string;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    t = await startTestApp({ imageWorkers: 1, imageQueueLimit: 10 });
    const lawyer = await makeLawyer(t.prisma, { mustChangePassword: false });
    const client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
    await client.get('/api/auth/csrf');
    csrf = client.cookie(CSRF_COOKIE)!;
    cookie = `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}; ${CSRF_COOKIE}=${csrf}`;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const upload = (photo: Buffer) => {
    const body = multipart('file', 'photo.jpg', photo, 'image/jpeg');
    return fetch(`${base}/api/profile/photo`, {
      method: 'PUT',
      headers: { ...body.headers, cookie, [CSRF_HEADER]: csrf },
      body: body.payload,
    });
  };

  it('answers /api/health quickly while 10 of the largest allowed photos are decoded', async () => {
    const photo = await largestAllowedPhoto();
    expect(photo.length).toBeLessThan(1024 * 1024);
    await (await upload(photo)).arrayBuffer(); // warm-up: the thread starts, jimp loads its codecs
    const samples: number[] = [];
    let done = false;
    const uploads = Promise.all(
      Array.from({ length: 10 }, async () => {
        const res = await upload(photo);
        await res.arrayBuffer();
        return res.status;
      }),
    ).finally(() => (done = true));
    const started = performance.now();
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      samples.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const statuses = await uploads;
    const elapsed = performance.now() - started;
    samples.sort((a, b) => a - b);
    const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
    console.info(
      `health during 10 photo uploads (${(elapsed / 1000).toFixed(1)} s): n=${samples.length} ` +
        `p50=${p(0.5).toFixed(1)} ms p99=${p(0.99).toFixed(1)} ms max=${samples.at(-1)!.toFixed(1)} ms`,
    );
    expect(statuses).toEqual(Array(10).fill(200));
    expect(samples.length).toBeGreaterThan(10);
    expect(p(0.99)).toBeLessThan(500);
  }, 180_000);
});
