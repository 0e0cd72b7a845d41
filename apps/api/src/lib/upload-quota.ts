import type { PrismaClient } from '../generated/prisma/client.ts';
import { DomainError } from './domain-error.ts';

const HOUR = 3_600_000;

export type UploadLimits = { bytesPerHour: number };

const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / HOUR) * HOUR);

function overQuota(limits: UploadLimits, now: Date) {
  const mb = Math.round(limits.bytesPerHour / 1024 / 1024);
  const retryAfter = Math.max(
    1,
    Math.ceil((windowOf(now).getTime() + HOUR - now.getTime()) / 1000),
  );
  const minutes = Math.ceil(retryAfter / 60);
  return new DomainError(
    'RATE_LIMITED',
    `上传过于频繁：每个账号每小时最多上传 ${mb} MB，请约 ${minutes} 分钟后再试`,
    undefined,
    { headers: { 'retry-after': String(retryAfter) } },
  );
}

/** Refuses at once when the account has used up this hour's allowance. */
export async function requireUploadAllowance(
  prisma: PrismaClient,
  accountId: string,
  limits: UploadLimits,
  now = new Date(),
) {
  const row = await prisma.uploadUsage.findUnique({
    where: { accountId_windowStart: { accountId, windowStart: windowOf(now) } },
    select: { bytes: true },
  });
  if (row && Number(row.bytes) >= limits.bytesPerHour) throw overQuota(limits, now);
}

/**
 * Counts an upload's bytes against the account's allowance for this clock hour, or refuses with
 * 429. One conditional upsert, so concurrent uploads in several API processes cannot together
 * pass the limit. (A fixed window: at most twice the allowance across an hour's boundary.)
 */
export async function chargeUpload(
  prisma: PrismaClient,
  options: { accountId: string; bytes: number; now?: Date } & UploadLimits,
) {
  const now = options.now ?? new Date();
  const { accountId, bytes, bytesPerHour } = options;
  if (bytes > bytesPerHour) throw overQuota(options, now);
  const windowStart = windowOf(now);
  const charged = await prisma.$queryRaw<{ bytes: bigint }[]>`
    INSERT INTO "UploadUsage" ("accountId", "windowStart", "bytes")
    VALUES (${accountId}::uuid, ${windowStart}::timestamptz, ${BigInt(bytes)})
    ON CONFLICT ("accountId", "windowStart")
    DO UPDATE SET "bytes" = "UploadUsage"."bytes" + EXCLUDED."bytes"
    WHERE "UploadUsage"."bytes" + EXCLUDED."bytes" <= ${BigInt(bytesPerHour)}
    RETURNING "bytes"`;
  if (charged.length === 0) throw overQuota(options, now);
  // Counters older than a day say nothing any more.
  await prisma.uploadUsage.deleteMany({
    where: { accountId, windowStart: { lt: new Date(now.getTime() - 24 * HOUR) } },
  });
}
