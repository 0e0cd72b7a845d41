import { Prisma } from '../generated/prisma/client.ts';

/**
 * A unique-constraint violation, whichever driver reported it: @prisma/adapter-pg maps it to P2002;
 * pglite-prisma-adapter passes PostgreSQL's own error (SQLSTATE 23505) through as its cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2002';
  const cause = (
    error as { cause?: { code?: string; originalCode?: string; kind?: string } } | null
  )?.cause;
  return (
    cause?.code === '23505' ||
    cause?.originalCode === '23505' ||
    cause?.kind === 'UniqueConstraintViolation'
  );
}
