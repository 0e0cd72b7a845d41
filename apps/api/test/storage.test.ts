import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createStorage, type Storage } from '../src/lib/storage.ts';
import { formData } from './support/multipart.ts';
import { startS3Server } from './support/s3.ts';
import { signedInLawyer } from './support/sign-in.ts';
import { startTestApp, type Started } from './support/test-app.ts';

let s3: Awaited<ReturnType<typeof startS3Server>>;
let dir: string;
beforeAll(async () => {
  s3 = await startS3Server();
  dir = await mkdtemp(path.join(tmpdir(), 'lx-storage-'));
});
afterAll(async () => {
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

// The same contract for both drivers: what the modules rely on.
describe.each([
  ['local disk', () => createStorage({ config: { kind: 'local' }, localDir: path.join(dir, 'l') })],
  ['S3 (s3rver)', () => createStorage({ config: s3.config, localDir: path.join(dir, 's') })],
])('%s storage', (_name, make) => {
  let storage: Storage;
  beforeAll(() => {
    storage = make();
  });
  afterAll(() => storage.close());

  it('stores, reads back byte for byte, replaces, deletes; a missing key reads as null', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, ...Buffer.from('证书 PDF')]);
    await storage.put('certificates/2026/a.pdf', bytes, 'application/pdf');
    expect((await storage.get('certificates/2026/a.pdf'))?.equals(bytes)).toBe(true);
    await storage.put('certificates/2026/a.pdf', Buffer.from('second'), 'application/pdf');
    expect((await storage.get('certificates/2026/a.pdf'))?.toString()).toBe('second');
    expect(await storage.get('certificates/2026/none.pdf')).toBeNull();
    await storage.delete('certificates/2026/a.pdf');
    expect(await storage.get('certificates/2026/a.pdf')).toBeNull();
    await storage.delete('certificates/2026/a.pdf'); // deleting twice is no error
  });

  it('moves a staged upload into place (the staged file is gone) and keeps its size', async () => {
    await mkdir(storage.stagingDir, { recursive: true });
    const staged = path.join(storage.stagingDir, 'x.upload');
    const big = Buffer.alloc(3 * 1024 * 1024 + 7, 0x5a);
    await writeFile(staged, big);
    await storage.putStaged('tickets/t1/big.bin', staged, 'application/octet-stream');
    expect(await readdir(storage.stagingDir)).not.toContain('x.upload');
    const back = await storage.get('tickets/t1/big.bin');
    expect(back?.length).toBe(big.length);
    expect(back?.equals(big)).toBe(true);
    await expect(
      storage.putStaged('tickets/t1/c.bin', path.join(dir, 'elsewhere.bin'), 'text/plain'),
    ).rejects.toThrow(/not a staged upload/);
  });

  it('refuses keys that could leave its place', async () => {
    await expect(storage.put('../x', Buffer.from('x'), 'text/plain')).rejects.toThrow(/invalid/);
    await expect(storage.get('a/../../x')).rejects.toThrow(/invalid/);
  });

  it('lists what was written before a time, and removes old staged leftovers', async () => {
    await storage.put('sweep/old.jpg', Buffer.from('o'), 'image/jpeg');
    const after = new Date(Date.now() + 5_000);
    const keys: string[] = [];
    for await (const key of storage.keysWrittenBefore(after)) keys.push(key);
    expect(keys).toContain('sweep/old.jpg');
    const before: string[] = [];
    for await (const key of storage.keysWrittenBefore(new Date(Date.now() - 60_000)))
      before.push(key);
    expect(before).not.toContain('sweep/old.jpg');

    await mkdir(storage.stagingDir, { recursive: true });
    const leftover = path.join(storage.stagingDir, 'left.upload');
    await writeFile(leftover, 'half');
    const hourAgo = new Date(Date.now() - 3600_000);
    await utimes(leftover, hourAgo, hourAgo);
    expect(await storage.removeLeftoversBefore(new Date(Date.now() - 60_000))).toBe(1);
    expect(await readdir(storage.stagingDir)).not.toContain('left.upload');
  });
});

describe('configuration', () => {
  it('STORAGE=s3 takes its settings from the environment and needs a bucket', () => {
    expect(loadConfig({}).storage).toEqual({ kind: 'local' });
    expect(
      loadConfig({
        STORAGE: 's3',
        S3_ENDPOINT: 'http://minio:9000',
        S3_BUCKET: 'files',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
      }).storage,
    ).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'files',
      region: 'us-east-1',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'f', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /go together/,
    );
  });
});

describe('the application on S3 storage', () => {
  let t: Started;
  beforeAll(async () => {
    t = await startTestApp({ storage: s3.config });
  });
  afterAll(() => t?.close());

  it('a ticket attachment goes to the bucket, not the data directory, and is served from it', async () => {
    const { client } = await signedInLawyer(t);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const res = await client.request(
      'POST',
      '/api/tickets',
      formData([
        { name: 'category', value: '信息有误' },
        { name: 'title', value: '执业信息有误' },
        { name: 'description', value: '见附件。' },
        { name: 'attachments', filename: 'scan.pdf', type: 'application/pdf', bytes: pdf },
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    const ticket = res.json();
    const attachment = await t.prisma.ticketAttachment.findFirstOrThrow({
      where: { message: { ticketId: ticket.id } },
    });
    const files = path.join(t.dataDir, 'files');
    const onDisk = await readdir(files, { recursive: true }).catch(() => [] as string[]);
    expect(onDisk.filter((f) => !f.startsWith('.staging'))).toEqual([]);
    const other = createStorage({ config: s3.config, localDir: path.join(dir, 'other') });
    expect((await other.get(attachment.key))?.equals(pdf)).toBe(true);
    await other.close();
    const served = await client.get(
      `/api/tickets/${ticket.id}/attachments/${ticket.messages[0].attachments[0].id}`,
    );
    expect(served.statusCode).toBe(200);
    expect(served.rawPayload.equals(pdf)).toBe(true);
  });
});
