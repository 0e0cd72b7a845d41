// Uploaded files are judged by their content, never by their name or declared type: the first
// bytes say what a file claims to be, its structure (header and end marker) whether it is one.
export type SniffedType =
  | 'image/jpeg'
  | 'image/png'
  | 'application/pdf'
  | 'application/msword'
  | 'application/vnd.ms-excel'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'text/csv';

const DOC = 'application/msword';
const XLS = 'application/vnd.ms-excel';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a person calls each type, in messages. Word and Excel each name two types. */
export const TYPE_NAMES: Record<SniffedType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
  [DOC]: 'Word',
  [XLS]: 'Excel',
  [DOCX]: 'Word',
  [XLSX]: 'Excel',
  'text/csv': 'CSV',
};

/** The Office formats that are ZIP files, whose completeness `zipIsComplete` checks. */
export const OOXML_TYPES: readonly SniffedType[] = [DOCX, XLSX];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// The IEND chunk: length 0, type, and its (fixed) CRC.
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // PK\x03\x04

const startsWith = (bytes: Uint8Array, signature: Buffer) =>
  bytes.length >= signature.length &&
  Buffer.from(bytes.buffer, bytes.byteOffset, signature.length).equals(signature);

/**
 * The types a file may turn out to be when its first bytes are those of a container (an OLE2
 * compound file, a ZIP) that says what it holds only further in; [] for anything else. The
 * reader waits for the whole head before it judges these.
 */
export function containerTypes(bytes: Uint8Array): SniffedType[] {
  if (startsWith(bytes, OLE2_SIGNATURE)) return [DOC, XLS];
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return [DOCX, XLSX];
  return [];
}

/**
 * The type the bytes are, or null. For Word and Excel files `bytes` must be the file's head
 * (the reader gives the first IMAGE_HEAD_BYTES): their directory or first parts lie there.
 */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-')
    return 'application/pdf';
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, OLE2_SIGNATURE)) return sniffCompoundFile(buffer);
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return sniffOfficeZip(buffer);
  if (looksLikeText(bytes)) return 'text/csv';
  return null;
}

/**
 * Text (a CSV): no NUL and no control character but tab, line breaks and form feed, in the first
 * bytes. Whether it is UTF-8 or GB18030 (what Excel in China saves) is decided when it is read.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b === 0x7f) return false;
  }
  return true;
}

const MAX_SECTOR = 0xfffffff9; // sector numbers above are markers: end of chain, free…
const NO_ENTRY = 0xffffffff;
const DIRECTORY_ENTRY = 128;

/**
 * A Word 97–2003 document or an Excel 97–2003 workbook: an OLE2 compound file whose root storage
 * holds a "WordDocument" stream, or a "Workbook" (or Excel 5's "Book") stream. Only root entries
 * count: a Word document with an embedded worksheet stays a Word document. The directory is read
 * as far as it lies within the bytes given.
 */
function sniffCompoundFile(b: Buffer): SniffedType | null {
  if (b.length < 512) return null;
  const shift = b.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorStart = (sector: number) => (sector + 1) * sectorSize;
  const perFatSector = sectorSize / 4;
  // The next sector of a chain from the allocation table, whose sectors the header lists (the
  // first 109 of them, which cover a file far larger than the head).
  const nextSector = (sector: number) => {
    const index = Math.floor(sector / perFatSector);
    if (index >= 109) return NO_ENTRY;
    const fatSector = b.readUInt32LE(0x4c + index * 4);
    if (fatSector > MAX_SECTOR) return NO_ENTRY;
    const at = sectorStart(fatSector) + (sector % perFatSector) * 4;
    return at + 4 <= b.length ? b.readUInt32LE(at) : NO_ENTRY;
  };
  const directory: number[] = [];
  for (let sector = b.readUInt32LE(0x30); sector <= MAX_SECTOR; sector = nextSector(sector)) {
    if (directory.includes(sector) || sectorStart(sector) + sectorSize > b.length) break;
    directory.push(sector);
  }
  const perSector = sectorSize / DIRECTORY_ENTRY;
  const entryAt = (id: number) => {
    const sector = directory[Math.floor(id / perSector)];
    return sector === undefined ? null : sectorStart(sector) + (id % perSector) * DIRECTORY_ENTRY;
  };
  const root = entryAt(0);
  if (root === null || b[root + 0x42] !== 5) return null; // entry 0 is the root storage
  // The root's children form a tree of siblings (left 0x44, right 0x48) below its child (0x4C).
  const names = new Set<string>();
  const pending = [b.readUInt32LE(root + 0x4c)];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_ENTRY || seen.has(id)) continue;
    seen.add(id);
    const at = entryAt(id);
    if (at === null) continue;
    pending.push(b.readUInt32LE(at + 0x44), b.readUInt32LE(at + 0x48));
    const nameBytes = b.readUInt16LE(at + 0x40); // with the terminating NUL
    if (b[at + 0x42] === 2 && nameBytes >= 2 && nameBytes <= 64) {
      names.add(b.toString('utf16le', at, at + nameBytes - 2).toLowerCase());
    }
  }
  const word = names.has('worddocument');
  const excel = names.has('workbook') || names.has('book');
  if (word === excel) return null; // neither, or a file that claims to be both
  return word ? DOC : XLS;
}

/**
 * A .docx or .xlsx: a ZIP whose local file headers (read in order, as far as the bytes given
 * reach) include "[Content_Types].xml" and parts under "word/" or "xl/". The first such part
 * decides, so a document with an embedded workbook stays a document. A plain ZIP, an .odt or a
 * .pptx is none of them.
 */
function sniffOfficeZip(b: Buffer): SniffedType | null {
  let contentTypes = false;
  let kind: SniffedType | null = null;
  let at = 0;
  while (at >= 0 && at + 30 <= b.length && b.readUInt32LE(at) === 0x04034b50) {
    const flags = b.readUInt16LE(at + 6);
    const compressedSize = b.readUInt32LE(at + 18);
    const nameEnd = at + 30 + b.readUInt16LE(at + 26);
    if (nameEnd > b.length) break;
    const name = b.toString('latin1', at + 30, nameEnd).toLowerCase();
    if (name === '[content_types].xml') contentTypes = true;
    else if (!kind && name.startsWith('word/')) kind = DOCX;
    else if (!kind && name.startsWith('xl/')) kind = XLSX;
    const dataStart = nameEnd + b.readUInt16LE(at + 28);
    // Bit 3: the sizes follow the data (streamed writers); the next entry is found by its header.
    at = flags & 0x08 ? b.indexOf(ZIP_LOCAL_HEADER, dataStart) : dataStart + compressedSize;
  }
  return contentTypes ? kind : null;
}

/**
 * A complete ZIP ends with its end-of-central-directory record: the signature (PK\x05\x06), 18
 * bytes and the archive comment (usually none). `tail` is the file's last bytes; a comment
 * longer than the tail leaves the file refused.
 */
export function zipIsComplete(tail: Uint8Array): boolean {
  const b = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = b.length - 22; at >= 0; at -= 1) {
    if (b.readUInt32LE(at) === 0x06054b50 && at + 22 + b.readUInt16LE(at + 20) === b.length) {
      return true;
    }
  }
  return false;
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
