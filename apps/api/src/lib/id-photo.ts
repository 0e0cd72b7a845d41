import { Jimp } from 'jimp';
import { ID_PHOTO, withJfifDensity } from '@lx/shared/id-photo';
import { DomainError } from './domain-error.ts';
import { jpegIsComplete, readJpegSize, sniffFileType } from './file-type.ts';

// SPEC §2.3: the browser crops the photo; the server checks what arrives and stores a normalised
// copy (the numbers and the density patch are in @lx/shared/id-photo).

// Decoding is what costs time and memory: jimp takes about 3 s and 0.5 GB for 4000 × 3000, and
// it runs in the image pool (lib/image-pool.ts), but a thread busy for seconds still delays every
// photo behind it. The browser uploads its 358 × 441 crop, so anything much larger is not a crop
// from our page: 2000 px on the long side (at the 358:441 aspect about 1624 × 2000, 3.2 MP,
// ~0.3 s to decode here) leaves room for a client that exports at a higher scale, and is refused
// from the header alone beyond that.
const MAX_SIDE = 2000;
const MAX_PIXELS = 4_000_000;
const ASPECT_TOLERANCE = 0.03;

const refuse = (message: string, code: 'VALIDATION' | 'UNSUPPORTED_MEDIA' = 'VALIDATION') =>
  new DomainError(code, message, { file: message });

/** Refused when the image cannot be decoded (raised in the image pool's thread). */
export const UNDECODABLE_PHOTO = '照片文件已损坏，无法打开，请重新选择照片';

/**
 * Checks the uploaded photo in order of cost on this thread (size, type, header, end marker), then
 * has the image pool decode and normalise it: the stored form is 358 × 441 at 350 dpi.
 */
export async function normaliseIdPhoto(
  bytes: Buffer,
  images: { normaliseIdPhoto(bytes: Buffer): Promise<Buffer> },
): Promise<Buffer> {
  if (bytes.length > ID_PHOTO.maxBytes) {
    throw new DomainError('PAYLOAD_TOO_LARGE', '证件照片不能超过 1 MB', {
      file: '证件照片不能超过 1 MB',
    });
  }
  if (sniffFileType(bytes) !== 'image/jpeg') {
    throw refuse(
      '证件照片只能是 JPG 图片（请先转换为 JPG 格式或使用裁剪功能）',
      'UNSUPPORTED_MEDIA',
    );
  }
  const size = readJpegSize(bytes);
  if (!size) throw refuse('照片文件已损坏，无法读取尺寸，请重新选择照片');
  if (size.width > MAX_SIDE || size.height > MAX_SIDE || size.width * size.height > MAX_PIXELS) {
    throw refuse(
      `照片尺寸过大（${size.width}×${size.height}），请裁剪为 ${ID_PHOTO.width}×${ID_PHOTO.height} 像素后上传`,
    );
  }
  if (size.width < ID_PHOTO.width || size.height < ID_PHOTO.height) {
    throw refuse(
      `照片像素不足（${size.width}×${size.height}），应为 ${ID_PHOTO.width}×${ID_PHOTO.height} 像素`,
    );
  }
  const aspect = size.width / size.height / (ID_PHOTO.width / ID_PHOTO.height);
  if (Math.abs(aspect - 1) > ASPECT_TOLERANCE) {
    throw refuse(`照片宽高比例应为 ${ID_PHOTO.width}:${ID_PHOTO.height}，请使用裁剪功能调整`);
  }
  if (!jpegIsComplete(bytes)) throw refuse('照片文件不完整（可能上传中断），请重新选择照片');
  return images.normaliseIdPhoto(bytes);
}

/**
 * The decoding part, run in the image pool's worker thread (lib/image-pool-worker.ts) on bytes
 * `normaliseIdPhoto` has checked: never call it on the event loop.
 */
export async function renderIdPhoto(bytes: Buffer): Promise<Buffer> {
  let image;
  try {
    image = await Jimp.read(bytes);
  } catch {
    throw refuse(UNDECODABLE_PHOTO);
  }
  if (image.width !== ID_PHOTO.width || image.height !== ID_PHOTO.height) {
    image.cover({ w: ID_PHOTO.width, h: ID_PHOTO.height });
  }
  const jpeg = await image.getBuffer('image/jpeg', { quality: 90 });
  return Buffer.from(withJfifDensity(jpeg, ID_PHOTO.dpi));
}
