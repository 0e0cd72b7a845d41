import type { CertificateVerification } from '@lx/shared/certificate-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { DomainError } from '../../lib/domain-error.ts';

type CertificateRow = Prisma.CertificateGetPayload<object>;

/** What the public may know about a certificate: its status, type, holder and dates. */
export function toVerification(row: CertificateRow, now = new Date()): CertificateVerification {
  return {
    status: row.revokedAt ? 'REVOKED' : row.expiresAt < now ? 'EXPIRED' : 'VALID',
    number: row.number,
    typeName: row.typeName,
    holderName: row.holderName,
    issuedAt: row.issuedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokeReason: row.revokedAt ? row.revokeReason : null,
  };
}

export async function verifyCertificateNumber(prisma: PrismaClient, number: string) {
  const row = await prisma.certificate.findUnique({ where: { number } });
  if (!row) throw new DomainError('NOT_FOUND', '证明编号不存在，请核对后重新输入');
  return toVerification(row);
}

/** Whether a file (by the SHA-256 taken while it was received) is exactly an issued one. */
export async function verifyCertificateFile(prisma: PrismaClient, sha256: string) {
  const row = await prisma.certificate.findUnique({ where: { sha256 } });
  return { match: !!row, certificate: row ? toVerification(row) : null };
}
