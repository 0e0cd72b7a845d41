// SPEC §2.3 (manual 3.2.1.2): the ID photo is a JPEG of 358 × 441 pixels at 350 dpi, at most
// 1 MB. The browser crops it to this and the server checks and normalises what arrives, so both
// read the numbers and the density patch from here.
export const ID_PHOTO = { width: 358, height: 441, dpi: 350, maxBytes: 1024 * 1024 } as const;

const SOI = [0xff, 0xd8];
const JFIF_ID = 'JFIF\0';

function hasJfifHeader(jpeg: Uint8Array): boolean {
  return (
    jpeg[2] === 0xff && jpeg[3] === 0xe0 && String.fromCharCode(...jpeg.subarray(6, 11)) === JFIF_ID
  );
}

/**
 * A copy of the JPEG with its pixel density set to `dpi` (units = dots per inch). Encoders (the
 * browser's canvas, jimp) write 1 × 1 with no units, and the association's printer reads the
 * density from the JFIF header; a JPEG without one gets it right after the start marker. Bytes
 * that are not a JPEG come back unchanged.
 */
export function withJfifDensity(jpeg: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (jpeg[0] !== SOI[0] || jpeg[1] !== SOI[1]) return jpeg.slice();
  const density = [dpi >> 8, dpi & 0xff, dpi >> 8, dpi & 0xff];
  if (hasJfifHeader(jpeg)) {
    const out = jpeg.slice();
    out[13] = 1;
    out.set(density, 14);
    return out;
  }
  // APP0, length 16, "JFIF\0", version 1.01, units, x/y density, no thumbnail.
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x01];
  const out = new Uint8Array(jpeg.length + 18);
  out.set(jpeg.subarray(0, 2));
  out.set([...app0, ...density, 0x00, 0x00], 2);
  out.set(jpeg.subarray(2), 20);
  return out;
}

/** The density a JPEG declares in its JFIF header, in dpi, or null if it declares none. */
export function readJfifDpi(jpeg: Uint8Array): number | null {
  if (!hasJfifHeader(jpeg) || jpeg[13] !== 1) return null;
  return ((jpeg[14] ?? 0) << 8) | (jpeg[15] ?? 0);
}
