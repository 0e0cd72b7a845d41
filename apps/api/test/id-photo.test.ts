import { Jimp } from 'jimp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJpegSize } from '../src/lib/file-type.ts';
import { readJfifDpi, withJfifDensity } from '@lx/shared/id-photo';
import { normaliseIdPhoto } from '../src/lib/id-photo.ts';
import { createImagePool } from '../src/lib/image-pool.ts';
import { makeLawyer } from './support/factories.ts';
import { multipart } from './support/multipart.ts';
import { idPhoto, uploadPhoto } from './support/profile-data.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';
import { claimJpegSize } from './support/jpeg.ts';

describe('ID photo checks', () => {
  const images = createImagePool({ size: 1, queueLimit: 10 });
  afterAll(() => images.close());
  it('reads the dimensions from the header', async () => {
    expect(readJpegSize(await idPhoto())).toEqual({ width: 358, height: 441 });
    expect(readJpegSize(await idPhoto(1200, 1478))).toEqual({ width: 1200, height: 1478 });
    expect(readJpegSize(Buffer.from('not a jpeg'))).toBeNull();
  });

  it('normalises to 358 × 441 at 350 dpi', async () => {
    const stored = await normaliseIdPhoto(await idPhoto(716, 882), images);
    expect(readJpegSize(stored)).toEqual({ width: 358, height: 441 });
    expect(readJfifDpi(stored)).toBe(350);
    const decoded = await Jimp.read(stored);
    expect([decoded.width, decoded.height]).toEqual([358, 441]);
  });

  it('writes the density into a real JPEG, with or without a JFIF header', async () => {
    const jpeg = await idPhoto();
    const patched = Buffer.from(withJfifDensity(jpeg, 350));
    expect(readJfifDpi(patched)).toBe(350);
    expect(readJpegSize(patched)).toEqual({ width: 358, height: 441 });
    const withoutApp0 = Buffer.concat([jpeg.subarray(0, 2), jpeg.subarray(20)]);
    const added = Buffer.from(withJfifDensity(withoutApp0, 300));
    expect(readJfifDpi(added)).toBe(300);
    const decoded = await Jimp.read(added);
    expect([decoded.width, decoded.height]).toEqual([358, 441]);
  });

  it.each([
    [
      'a PNG',
      async () => (await new Jimp({ width: 358, height: 441 }).getBuffer('image/png')) as Buffer,
      '证件照片只能是 JPG 图片',
    ],
    [
      'a text file',
      async () => Buffer.from('hello, I am text named photo.jpg'),
      '证件照片只能是 JPG 图片',
    ],
    [
      'a header claiming 20000 × 20000',
      async () => claimJpegSize(await idPhoto(), 20000, 20000),
      '照片尺寸过大（20000×20000）',
    ],
    // The brief's 46 KB grey 3100 × 3818 JPEG that held the event loop for 3 s.
    [
      'a camera-sized image',
      async () => claimJpegSize(await idPhoto(), 3100, 3818),
      '照片尺寸过大（3100×3818）',
    ],
    ['a small image', async () => idPhoto(200, 246), '照片像素不足（200×246）'],
    ['a landscape image', async () => idPhoto(800, 441), '照片宽高比例应为 358:441'],
    ['a truncated JPEG', async () => (await idPhoto()).subarray(0, 900), '照片文件不完整'],
  ])('refuses %s', async (_name, make, message) => {
    await expect(normaliseIdPhoto(await make(), images)).rejects.toThrow(message);
  });
});

describe('ID photo upload', () => {
  let t: Started;
  let client: TestClient;
  let lawyerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const lawyer = await makeLawyer(t.prisma, { mustChangePassword: false });
    lawyerId = lawyer.lawyer.id;
    client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
  });
  afterAll(() => t.close());

  const photoKey = async () =>
    (await t.prisma.lawyerProfile.findUnique({ where: { lawyerId } }))?.photoKey ?? null;

  it('refuses bad files with the message on the file field and stores nothing', async () => {
    const cases: [Buffer, number, string][] = [
      [Buffer.from('MZ executable renamed photo.jpg'), 415, '证件照片只能是 JPEG 文件'],
      [
        Buffer.concat([await idPhoto(), Buffer.alloc(5 * 1024 * 1024)]),
        413,
        '证件照片不能超过 1 MB',
      ],
      [
        claimJpegSize(await idPhoto(), 20000, 20000),
        400,
        '照片尺寸过大（20000×20000），请裁剪为 358×441 像素后上传',
      ],
      [(await idPhoto()).subarray(0, 900), 400, '照片文件不完整（可能上传中断），请重新选择照片'],
    ];
    for (const [bytes, status, message] of cases) {
      const res = await uploadPhoto(client, bytes);
      expect(res.statusCode).toBe(status);
      expect(res.json().fieldErrors.file).toBe(message);
    }
    const png = multipart(
      'file',
      'photo.jpg',
      await new Jimp({ width: 358, height: 441 }).getBuffer('image/png'),
      'image/jpeg',
    );
    const res = await client.request('PUT', '/api/profile/photo', png);
    expect(res.statusCode).toBe(415);
    expect(await photoKey()).toBeNull();
  });

  it('stores the normalised photo and serves it back', async () => {
    const res = await uploadPhoto(client, await idPhoto());
    expect(res.statusCode).toBe(200);
    expect(res.json().photo.uploadedAt).toBeTruthy();
    const served = await client.get('/api/profile/photo');
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(readJpegSize(served.rawPayload)).toEqual({ width: 358, height: 441 });
    expect(readJfifDpi(served.rawPayload)).toBe(350);
  });
});
