import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import type { Storage } from '../../lib/storage.ts';

/**
 * Every column that holds a storage key. A stored file that none of them names is an orphan:
 * services store a file before the row that points at it (so no row ever points nowhere), and a
 * process killed between the two leaves the file behind. A test compares this list with the
 * schema, so a new file column cannot be forgotten here (its files would be swept away).
 */
export const FILE_KEY_COLUMNS = [
  ['LawyerProfile', 'photoKey'],
  ['Account', 'avatarKey'],
  ['CardApplication', 'photoKey'],
  ['CardPhotoUpload', 'key'],
  ['Certificate', 'fileKey'],
  ['TicketAttachment', 'key'],
  ['EventAttachment', 'key'],
  ['DocumentAttachment', 'key'],
] as const;

/**
 * How old a file must be before the sweep may judge it: far longer than any request takes to
 * store a file and write its row, so a file whose row is still being written is never touched.
 */
export const ORPHAN_AGE_MS = 60 * 60_000;

const BATCH = 500;

async function referencedKeys(prisma: PrismaClient, keys: string[]): Promise<Set<string>> {
  const union = Prisma.join(
    FILE_KEY_COLUMNS.map(
      ([table, column]) =>
        Prisma.sql`SELECT ${Prisma.raw(`"${column}"`)} AS key FROM ${Prisma.raw(`"${table}"`)}
                   WHERE ${Prisma.raw(`"${column}"`)} IN (${Prisma.join(keys)})`,
    ),
    ' UNION ',
  );
  const rows = await prisma.$queryRaw<{ key: string }[]>`${union}`;
  return new Set(rows.map((r) => r.key));
}

/**
 * Removes what killed processes left in storage, older than `ORPHAN_AGE_MS`: half-written and
 * staged files, and stored files no row names. Safe with several processes sweeping at once
 * (removing a file twice is harmless; a file is judged only once no request can still claim it).
 */
export async function removeOrphanFiles(options: {
  prisma: PrismaClient;
  storage: Storage;
  now?: Date;
}): Promise<{ leftoversRemoved: number; orphansRemoved: number }> {
  const { prisma, storage } = options;
  const before = new Date((options.now ?? new Date()).getTime() - ORPHAN_AGE_MS);
  const leftoversRemoved = await storage.removeLeftoversBefore(before);
  let orphansRemoved = 0;
  const judge = async (keys: string[]) => {
    const referenced = await referencedKeys(prisma, keys);
    for (const key of keys) {
      if (referenced.has(key)) continue;
      await storage.delete(key);
      orphansRemoved++;
    }
  };
  let batch: string[] = [];
  for await (const key of storage.keysWrittenBefore(before)) {
    batch.push(key);
    if (batch.length === BATCH) {
      await judge(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await judge(batch);
  return { leftoversRemoved, orphansRemoved };
}
