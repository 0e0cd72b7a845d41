// Uploaded files are judged by their content, never by their name or declared type: the first
// bytes say what a file claims to be, its structure (header and end marker) whether it is one.
export type SniffedType = 'image/jpeg' | 'image/png' | 'application/pdf';

export const TYPE_NAMES: Record<SniffedType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// The IEND chunk: length 0, type, and its (fixed) CRC.
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  if (bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(PNG_SIGNATURE)) {
    return 'image/png';
  }
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-')
    return 'application/pdf';
  return null;
}

/** Width and height from the JPEG's frame header (SOFn), without decoding the image. */
export function readJpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (offset + 9 > bytes.length) return null;
      const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan or end before any frame header
    offset += 2 + length;
  }
  return null;
}

/** A complete JPEG ends with the EOI marker (some encoders pad a few zero bytes after it). */
export function jpegIsComplete(tail: Uint8Array): boolean {
  let end = tail.length;
  while (end > 2 && tail[end - 1] === 0x00) end -= 1;
  return tail[end - 2] === 0xff && tail[end - 1] === 0xd9;
}

/** Width and height from the PNG's IHDR chunk, which must come first. */
function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

const pngIsComplete = (tail: Uint8Array) =>
  tail.length >= PNG_END.length && Buffer.from(tail.subarray(-PNG_END.length)).equals(PNG_END);

/** How much of an image's start and end `checkImageStructure` needs. */
export const IMAGE_HEAD_BYTES = 512 * 1024;
export const IMAGE_TAIL_BYTES = 64;

export type ImageVerdict =
  | { ok: true; width: number; height: number }
  | { ok: false; problem: 'unreadable' | 'incomplete' }
  | { ok: false; problem: 'too-large'; width: number; height: number };

/**
 * Whether an image is what its first bytes claim: a readable header (the frame header of a JPEG
 * must lie within its first IMAGE_HEAD_BYTES), dimensions within the limit, and the format's end
 * marker. Cheap: nothing is decoded. Polyglots (a JPEG signature before HTML), truncated files,
 * header bombs and padding all fail here.
 */
export function checkImageStructure(
  type: 'image/jpeg' | 'image/png',
  head: Uint8Array,
  tail: Uint8Array,
  limit: { maxSide: number; maxPixels: number },
): ImageVerdict {
  const size = type === 'image/jpeg' ? readJpegSize(head) : readPngSize(head);
  if (!size) return { ok: false, problem: 'unreadable' };
  const { width, height } = size;
  if (width > limit.maxSide || height > limit.maxSide || width * height > limit.maxPixels) {
    return { ok: false, problem: 'too-large', width, height };
  }
  const complete = type === 'image/jpeg' ? jpegIsComplete(tail) : pngIsComplete(tail);
  return complete ? { ok: true, width, height } : { ok: false, problem: 'incomplete' };
}
