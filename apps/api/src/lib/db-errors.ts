import { Prisma } from '../generated/prisma/client.ts';

/**
 * A unique-constraint violation, whichever driver reported it: @prisma/adapter-pg maps it to P2002;
 * pglite-prisma-adapter passes PostgreSQL's own error (SQLSTATE 23505) through as its cause; the
 * direct lane (db/direct-sql.ts) throws the driver's error itself.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2002';
  if ((error as { code?: unknown } | null)?.code === '23505') return true;
  const cause = (
    error as { cause?: { code?: string; originalCode?: string; kind?: string } } | null
  )?.cause;
  return (
    cause?.code === '23505' ||
    cause?.originalCode === '23505' ||
    cause?.kind === 'UniqueConstraintViolation'
  );
}

/**
 * The database refused a value, not the statement: PostgreSQL's data exceptions (SQLSTATE class
 * 22: a character it cannot store, a date or number out of range, text that is no number) and
 * nesting beyond its limits (54001), Prisma's value checks (P2000 too long, P2007 data
 * validation, P2020 out of range, P2033 number too large) and a Date that is no date. Each comes
 * from what a client sent, so it is the client's mistake (400), never the server's fault.
 */
export function isRefusedValue(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (['P2000', 'P2007', 'P2020', 'P2033'].includes(error.code)) return true;
  }
  if (error instanceof Prisma.PrismaClientValidationError) {
    return /Provided Date object is invalid|Invalid Date/.test(error.message);
  }
  // The SQLSTATE: on the driver adapter's error, inside Prisma's wrapper of it (raw queries), or
  // on the driver's own error (the direct lane).
  type Cause = { code?: unknown; originalCode?: unknown };
  const wrapped = error as {
    cause?: Cause;
    meta?: { driverAdapterError?: { cause?: Cause } };
  } | null;
  const causes = [
    wrapped?.cause,
    wrapped?.meta?.driverAdapterError?.cause,
    error instanceof Prisma.PrismaClientKnownRequestError ? undefined : (wrapped as Cause | null),
  ];
  const sqlState = causes
    .flatMap((cause) => [cause?.code, cause?.originalCode])
    .find((code): code is string => typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
  return !!sqlState && (sqlState.startsWith('22') || sqlState === '54001');
}

/** pg-pool's words when no connection came free within connectionTimeoutMillis. */
const POOL_TIMEOUT =
  /timeout exceeded when trying to connect|Connection terminated due to connection timeout/;

/**
 * The database is saturated, not broken: no connection or transaction slot came free in time
 * (Prisma's P2024, P2028; the driver's pool timeout, however wrapped: the direct lane throws it
 * as it is, the Prisma adapter inside its own error). Under a rush that is a 503 with
 * Retry-After, never a 500.
 */
export function isBusyDatabase(error: unknown): boolean {
  if (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === 'P2024' || error.code === 'P2028')
  )
    return true;
  for (
    let e = error as { message?: unknown; cause?: unknown } | null, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.message === 'string' && POOL_TIMEOUT.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}
