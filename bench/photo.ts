// Benchmark: the ID-photo pipeline in-process. Normalising what the browser sends (a 358×441 crop)
// against refusing an oversized upload from its header, and against decoding a camera-sized image,
// which is the work the header check avoids. Prints numbers and ratios; never pass/fail.
// Run: pnpm --filter @lx/bench bench:photo   (also part of `pnpm bench`; BENCH_PHOTO_RUNS, default 50)
import { createRequire } from 'node:module';
import path from 'node:path';
import { readJpegSize } from '@lx/api/lib/file-type';
import { normaliseIdPhoto as normaliseWith } from '@lx/api/lib/id-photo';
import { createImagePool } from '@lx/api/lib/image-pool';
import { claimJpegSize } from '@lx/api/test/support/jpeg';

const runs = Number(process.env.BENCH_PHOTO_RUNS ?? 50);
type JimpImage = {
  width: number;
  height: number;
  cover(size: { w: number; h: number }): JimpImage;
  resize(size: { w: number; h: number }): JimpImage;
  getBuffer(mime: 'image/jpeg', options: { quality: number }): Promise<Buffer>;
};
const apiRequire = createRequire(path.resolve(import.meta.dirname, '../apps/api/package.json'));
const { Jimp } = apiRequire('jimp') as {
  Jimp: { read(source: string | Buffer): Promise<JimpImage> };
};
const portrait = path.resolve(import.meta.dirname, '../e2e/fixtures/portrait.jpg');

async function timeEach(n: number, work: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const browserCrop = await (await Jimp.read(portrait))
  .cover({ w: 358, h: 441 })
  .getBuffer('image/jpeg', { quality: 90 });
const camera = await (await Jimp.read(portrait))
  .resize({ w: 3000, h: 4000 })
  .getBuffer('image/jpeg', { quality: 85 });
const claimsHuge = claimJpegSize(browserCrop, 20000, 20000);
// Decoding runs in the server's image pool (one worker thread), as in the API.
const images = createImagePool({ size: 1, queueLimit: 100 });
const normaliseIdPhoto = (bytes: Buffer) => normaliseWith(bytes, images);
const refuse = (bytes: Buffer) =>
  normaliseIdPhoto(bytes).then(
    () => {
      throw new Error('accepted');
    },
    () => undefined,
  );

await normaliseIdPhoto(browserCrop); // warm-up: jimp's codecs load on first use
const normalise = await timeEach(runs, () => normaliseIdPhoto(browserCrop));
const refuseClaim = await timeEach(runs, () => refuse(claimsHuge));
const refuseCamera = await timeEach(runs, () => refuse(camera));
const decodeCamera = await timeEach(3, () => Jimp.read(camera));
const size = readJpegSize(camera)!;

console.log(`\nID photo pipeline (${runs} runs, median)`);
console.log(
  `  normalise browser crop 358×441 (${(browserCrop.length / 1024).toFixed(1)} KB)   ${normalise.toFixed(1)} ms`,
);
console.log(`  refuse header claiming 20000×20000             ${refuseClaim.toFixed(3)} ms`);
console.log(
  `  refuse camera image ${size.width}×${size.height} (${(camera.length / 1024).toFixed(0)} KB)      ${refuseCamera.toFixed(3)} ms`,
);
console.log(
  `  decoding that camera image in jimp instead     ${decodeCamera.toFixed(0)} ms (median of 3)`,
);
console.log(
  `  ratio normalise / refusal                      ${(normalise / refuseClaim).toFixed(0)}×`,
);
console.log(
  `  ratio decode avoided / refusal                 ${(decodeCamera / refuseCamera).toFixed(0)}×`,
);
await images.close();
