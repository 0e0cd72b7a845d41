import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FILE_KEY_COLUMNS,
  ORPHAN_AGE_MS,
  removeOrphanFiles,
} from '../src/modules/recovery/orphan-files.ts';
import { sweepCrashLeftovers } from '../src/modules/recovery/sweeper.ts';
import { makeLawyer } from './support/factories.ts';
import { startTestApp, type Started } from './support/test-app.ts';

// What a killed process leaves in storage (issue 18, item 8): a file stored before its row, a
// half-written `.tmp`, a staged upload never moved into place. The sweep removes them once they
// are old enough that no request can still claim them, and never a file a row names.
let t: Started;
let files: string;
beforeAll(async () => {
  t = await startTestApp();
  files = path.join(t.dataDir, 'files');
});
afterAll(() => t.close());

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
async function writeAged(relative: string, when: Date) {
  const full = path.join(files, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, 'x');
  await utimes(full, when, when);
  return full;
}
const exists = (full: string) =>
  readFile(full).then(
    () => true,
    () => false,
  );

describe('the orphan-file sweep', () => {
  it('removes old orphans, half-writes and staged uploads; keeps referenced and recent files', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const referenced = 'avatars/kept/referenced.jpg';
    await t.prisma.account.update({
      where: { id: lawyer.account.id },
      data: { avatarKey: referenced },
    });
    const kept = await writeAged(referenced, hoursAgo(5));
    const orphan = await writeAged('ticket-attachments/gone/orphan', hoursAgo(2));
    const recentOrphan = await writeAged('ticket-attachments/gone/recent', new Date());
    const halfWritten = await writeAged(
      'profile-photos/p/x.jpg.4242.1764000000000.tmp',
      hoursAgo(2),
    );
    const recentHalf = await writeAged('profile-photos/p/y.jpg.4242.1764000000001.tmp', new Date());
    const staged = await writeAged('.staging/abc.upload', hoursAgo(2));
    const recentStaged = await writeAged('.staging/def.upload', new Date());

    const swept = await sweepCrashLeftovers(t.prisma, t.app.storage);
    expect(swept).toMatchObject({ leftoversRemoved: 2, orphansRemoved: 1 });

    expect(await exists(kept)).toBe(true);
    expect(await exists(orphan)).toBe(false);
    expect(await exists(halfWritten)).toBe(false);
    expect(await exists(staged)).toBe(false);
    for (const young of [recentOrphan, recentHalf, recentStaged]) {
      expect(await exists(young)).toBe(true);
    }
    // a second sweep (or a second process) finds nothing more
    expect(await removeOrphanFiles({ prisma: t.prisma, storage: t.app.storage })).toEqual({
      leftoversRemoved: 0,
      orphansRemoved: 0,
    });
  });

  it('keeps the files of every kind of row, in batches larger than one query', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const keys = Array.from({ length: 1200 }, (_, i) => `avatars/many/${i}.jpg`);
    for (const key of keys) await writeAged(key, hoursAgo(3));
    // one referenced key at the end of the last batch
    await t.prisma.account.update({
      where: { id: lawyer.account.id },
      data: { avatarKey: keys.at(-1)! },
    });
    const swept = await removeOrphanFiles({
      prisma: t.prisma,
      storage: t.app.storage,
      now: new Date(Date.now() + ORPHAN_AGE_MS),
    });
    expect(swept.orphansRemoved).toBeGreaterThanOrEqual(1199);
    expect(await readdir(path.join(files, 'avatars/many'))).toEqual(['1199.jpg']);
  });

  it('knows every storage-key column of the schema', async () => {
    const schema = await readFile(
      path.resolve(import.meta.dirname, '../../../prisma/schema.prisma'),
      'utf8',
    );
    // A column named …Key or key holding a String is a storage key unless listed here.
    const notFiles = new Set([
      'LoginThrottle.key',
      'RateLimitCounter.key',
      'Job.idempotencyKey',
      'TrainingEntry.creditKey',
    ]);
    const columns: string[] = [];
    let model = '';
    for (const line of schema.split('\n')) {
      const start = /^model (\w+) \{/.exec(line);
      if (start) model = start[1]!;
      const field = /^\s+(\w*(?:Key|key))\s+String\b/.exec(line);
      if (field && model) columns.push(`${model}.${field[1]}`);
    }
    const fileColumns = columns.filter((c) => !notFiles.has(c)).sort();
    expect(FILE_KEY_COLUMNS.map(([table, column]) => `${table}.${column}`).sort()).toEqual(
      fileColumns,
    );
  });
});
