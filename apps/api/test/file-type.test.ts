import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../src/lib/domain-error.ts';
import {
  sniffFileType,
  TYPE_NAMES,
  zipIsComplete,
  type SniffedType,
} from '../src/lib/file-type.ts';
import { readForm } from '../src/lib/read-form.ts';
import { storagePlugin } from '../src/plugins/app/storage.ts';
import { multipartPlugin } from '../src/plugins/external/multipart.ts';
import { formData } from './support/multipart.ts';

const DOC = 'application/msword';
const XLS = 'application/vnd.ms-excel';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A ZIP written by hand, entries stored (not compressed). `streamed`: the sizes follow each
 * entry's data (flag bit 3), as streaming writers do.
 */
function zip(
  entries: [name: string, content: string | Buffer][],
  options: { comment?: string; streamed?: boolean } = {},
): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [entryName, content] of entries) {
    const name = Buffer.from(entryName);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const flags = options.streamed ? 0x08 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    if (!options.streamed) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(options.streamed ? 16 : 0);
    if (options.streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(data.length, 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, data, descriptor);
    central.push(header, name);
    offset += local.length + name.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...parts, directory, end, comment]);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const docx = (options?: { comment?: string; streamed?: boolean }) =>
  zip(
    [
      ['[Content_Types].xml', CONTENT_TYPES],
      ['_rels/.rels', '<Relationships/>'],
      ['word/document.xml', '<w:document><w:body><w:p/></w:body></w:document>'],
    ],
    options,
  );

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('收文登记').addRow(['文号', '标题']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type OleEntry = { name: string; type: 1 | 2 | 5; child?: number; right?: number };
const NO_STREAM = 0xffffffff;

/**
 * An OLE2 compound file: the header, one allocation-table sector (sector 0), and the directory
 * in sectors 1…n. `entries[0]` is the root storage; ids are the indexes.
 */
function compoundFile(entries: OleEntry[], sectorShift: 9 | 12 = 9): Buffer {
  const sectorSize = 1 << sectorShift;
  const directorySectors = Math.ceil((entries.length * 128) / sectorSize);
  const header = Buffer.alloc(sectorSize);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(sectorShift === 9 ? 3 : 4, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(sectorShift, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one allocation-table sector
  header.writeUInt32LE(1, 0x30); // the directory starts in sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : NO_STREAM, 0x4c + i * 4);
  const fat = Buffer.alloc(sectorSize, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the allocation table
  for (let s = 1; s <= directorySectors; s += 1) {
    fat.writeUInt32LE(s === directorySectors ? 0xfffffffe : s + 1, s * 4);
  }
  const directory = Buffer.alloc(directorySectors * sectorSize);
  for (let id = 0; id < directorySectors * (sectorSize / 128); id += 1) {
    const at = id * 128;
    directory.writeUInt32LE(NO_STREAM, at + 0x44);
    directory.writeUInt32LE(NO_STREAM, at + 0x48);
    directory.writeUInt32LE(NO_STREAM, at + 0x4c);
    const entry = entries[id];
    if (!entry) continue;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    name.copy(directory, at);
    directory.writeUInt16LE(name.length, at + 0x40);
    directory[at + 0x42] = entry.type;
    directory[at + 0x43] = 1;
    directory.writeUInt32LE(entry.right ?? NO_STREAM, at + 0x48);
    directory.writeUInt32LE(entry.child ?? NO_STREAM, at + 0x4c);
  }
  return Buffer.concat([header, fat, directory]);
}

/** A root storage whose children are `names` (streams), linked as right siblings. */
const oleWithStreams = (names: string[], sectorShift: 9 | 12 = 9) =>
  compoundFile(
    [
      { name: 'Root Entry', type: 5, child: 1 },
      ...names.map((name, i) => ({
        name,
        type: 2 as const,
        right: i + 1 < names.length ? i + 2 : undefined,
      })),
    ],
    sectorShift,
  );

describe('Word and Excel files by their content', () => {
  it('tells a .docx from an .xlsx by the parts inside the ZIP', async () => {
    expect(sniffFileType(docx())).toBe(DOCX);
    expect(sniffFileType(docx({ streamed: true }))).toBe(DOCX);
    expect(sniffFileType(await xlsx())).toBe(XLSX);
    expect([TYPE_NAMES[DOCX], TYPE_NAMES[XLSX]]).toEqual(['Word', 'Excel']);
  });

  it('decides by the first Word or Excel part: an embedded file does not change the type', () => {
    const embedded = zip([
      ['[Content_Types].xml', CONTENT_TYPES],
      ['word/document.xml', '<w:document/>'],
      [
        'word/embeddings/表.xlsx',
        zip([
          ['[Content_Types].xml', ''],
          ['xl/workbook.xml', ''],
        ]),
      ],
      ['xl/workbook.xml', '<workbook/>'],
    ]);
    expect(sniffFileType(embedded)).toBe(DOCX);
    const workbookFirst = zip([
      ['[Content_Types].xml', CONTENT_TYPES],
      ['xl/workbook.xml', '<workbook/>'],
      ['xl/embeddings/说明.docx', docx()],
      ['word/document.xml', '<w:document/>'],
    ]);
    expect(sniffFileType(workbookFirst)).toBe(XLSX);
  });

  it('refuses a ZIP that is not a Word or Excel file', () => {
    const plain = zip([['readme.txt', 'hello']]);
    const odt = zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', '<office:document-content/>'],
      ['META-INF/manifest.xml', '<manifest/>'],
    ]);
    const noContentTypes = zip([['word/document.xml', '<w:document/>']]);
    const pptx = zip([
      ['[Content_Types].xml', CONTENT_TYPES],
      ['ppt/presentation.xml', '<p:presentation/>'],
    ]);
    for (const bytes of [plain, odt, noContentTypes, pptx]) expect(sniffFileType(bytes)).toBeNull();
  });

  it('tells a .doc from an .xls by the root streams of the compound file', () => {
    expect(sniffFileType(oleWithStreams(['1Table', 'WordDocument', 'SummaryInformation']))).toBe(
      DOC,
    );
    expect(sniffFileType(oleWithStreams(['Workbook', 'SummaryInformation']))).toBe(XLS);
    expect(sniffFileType(oleWithStreams(['Book']))).toBe(XLS); // Excel 5
    expect(sniffFileType(oleWithStreams(['WordDocument'], 12))).toBe(DOC); // 4096-byte sectors
    expect([TYPE_NAMES[DOC], TYPE_NAMES[XLS]]).toEqual(['Word', 'Excel']);
  });

  it('follows the directory past its first sector', () => {
    // Five entries after the root: the sixth (WordDocument) lies in the second directory sector.
    const names = ['SummaryInformation', 'DocumentSummaryInformation', 'CompObj', 'Data'];
    const file = oleWithStreams([...names, 'WordDocument']);
    expect(file.length).toBe(512 * 4); // header, allocation table, two directory sectors
    expect(sniffFileType(file)).toBe(DOC);
    // Without the second directory sector (beyond the bytes given) it is nothing known.
    expect(sniffFileType(file.subarray(0, 512 * 3))).toBeNull();
  });

  it('counts only root streams: a workbook embedded in a document stays a document', () => {
    const file = compoundFile([
      { name: 'Root Entry', type: 5, child: 1 },
      { name: 'WordDocument', type: 2, right: 2 },
      { name: 'ObjectPool', type: 1, child: 3 },
      { name: 'Workbook', type: 2 },
    ]);
    expect(sniffFileType(file)).toBe(DOC);
    const onlyEmbedded = compoundFile([
      { name: 'Root Entry', type: 5, child: 1 },
      { name: 'ObjectPool', type: 1, child: 2 },
      { name: 'Workbook', type: 2 },
    ]);
    expect(sniffFileType(onlyEmbedded)).toBeNull();
  });

  it('refuses a compound file without a Word or Excel stream, or with both, and other bytes', () => {
    expect(sniffFileType(oleWithStreams(['PowerPoint Document', 'Pictures']))).toBeNull();
    expect(sniffFileType(oleWithStreams(['WordDocument', 'Workbook']))).toBeNull();
    const header = oleWithStreams(['WordDocument']).subarray(0, 512);
    expect(sniffFileType(header)).toBeNull(); // the directory is not within the bytes given
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 256));
    expect(sniffFileType(random)).toBeNull();
    expect(sniffFileType(Buffer.from('PK\x03\x04'))).toBeNull();
  });
});

describe('ZIP completeness', () => {
  it('finds the end record at the very end, after a comment if any', () => {
    expect(zipIsComplete(docx().subarray(-64))).toBe(true);
    expect(zipIsComplete(docx({ comment: '由 公文系统 导出' }).subarray(-64))).toBe(true);
    expect(zipIsComplete(docx({ comment: 'x'.repeat(300) }).subarray(-1024))).toBe(true);
  });

  it('refuses a ZIP cut before its end record, or with bytes after it', () => {
    const whole = docx();
    expect(zipIsComplete(whole.subarray(0, -1).subarray(-64))).toBe(false);
    expect(zipIsComplete(whole.subarray(0, -22).subarray(-64))).toBe(false);
    expect(zipIsComplete(Buffer.concat([whole, Buffer.from('<html>')]).subarray(-64))).toBe(false);
    const longComment = docx({ comment: 'x'.repeat(100) });
    expect(zipIsComplete(longComment.subarray(-64))).toBe(false); // the record is not in the tail
  });
});

describe('reading Word and Excel attachments (readForm)', () => {
  const ALL: SniffedType[] = ['application/pdf', 'image/jpeg', 'image/png', DOC, DOCX, XLS, XLSX];
  let app: FastifyInstance;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'lx-file-type-'));
    app = Fastify();
    await app.register(storagePlugin, { dataDir });
    await app.register(multipartPlugin, { uploadLimits: { bytesPerHour: 1e9 } });
    app.post<{ Querystring: { types?: string } }>('/upload', async (request, reply) => {
      const types = (request.query.types?.split(',') ?? ALL) as SniffedType[];
      try {
        const { files } = await readForm(request, {
          field: 'attachments',
          maxFiles: 10,
          maxBytes: 20 * 1024 * 1024,
          types,
          label: '附件',
        });
        return { types: files.map((file) => file.type) };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return reply.status(error.status).send({ code: error.code, message: error.message });
      }
    });
  });
  afterAll(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const upload = (files: [filename: string, bytes: Buffer][], types?: SniffedType[]) => {
    const { payload, headers } = formData(
      files.map(([filename, bytes]) => ({
        name: 'attachments',
        filename,
        type: 'application/octet-stream',
        bytes,
      })),
    );
    const query = types ? `?types=${types.join(',')}` : '';
    // In 16 KB pieces, as a network delivers it: the reader sees the file's start first.
    const pieces = Array.from({ length: Math.ceil(payload.length / 16384) }, (_, i) =>
      payload.subarray(i * 16384, (i + 1) * 16384),
    );
    return app.inject({
      method: 'POST',
      url: `/upload${query}`,
      payload: Readable.from(pieces),
      headers: { ...headers, 'content-length': String(payload.length) },
    });
  };

  it('accepts .doc, .docx, .xls and .xlsx, each by its content', async () => {
    const response = await upload([
      ['通知.bin', docx()],
      ['报表.pdf', await xlsx()],
      ['旧稿', oleWithStreams(['WordDocument'])],
      ['旧表.docx', oleWithStreams(['Workbook'])],
    ]);
    expect(response.json()).toEqual({ types: [DOCX, XLSX, DOC, XLS] });
    expect(response.statusCode).toBe(200);
  });

  it('judges a .docx whose Word part lies far into the file only once its head is read', async () => {
    const picture = Buffer.alloc(300 * 1024, 0x5a);
    const late = zip([
      ['[Content_Types].xml', CONTENT_TYPES],
      ['docProps/thumbnail.jpeg', picture],
      ['word/document.xml', '<w:document/>'],
    ]);
    const response = await upload([['late.docx', late]]);
    expect(response.json()).toEqual({ types: [DOCX] });
  });

  it('names each allowed kind once when refusing another file', async () => {
    const response = await upload([['x.docx', zip([['readme.txt', 'hello']])]]);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      code: 'UNSUPPORTED_MEDIA',
      message: '附件“x.docx”不是 PDF、JPEG、PNG、Word、Excel 文件',
    });
  });

  it('refuses a ZIP where only images and PDFs are allowed, and a .docx where only Excel is', async () => {
    const images = await upload([['a.docx', docx()]], ['application/pdf', 'image/jpeg']);
    expect(images.statusCode).toBe(415);
    expect(images.json().message).toBe('附件“a.docx”不是 PDF、JPEG 文件');
    const excelOnly = await upload([['a.docx', docx()]], [XLS, XLSX]);
    expect(excelOnly.statusCode).toBe(415);
    expect(excelOnly.json().message).toBe('附件“a.docx”不是 Excel 文件');
  });

  it('refuses a .docx cut off before its end, and accepts one with an archive comment', async () => {
    const cut = await upload([['cut.docx', docx().subarray(0, -10)]]);
    expect(cut.statusCode).toBe(400);
    expect(cut.json().message).toBe('附件“cut.docx”不完整（可能上传中断），请重新选择文件');
    const commented = await upload([['c.docx', docx({ comment: '备注'.repeat(100) })]]);
    expect(commented.json()).toEqual({ types: [DOCX] });
  });
});
