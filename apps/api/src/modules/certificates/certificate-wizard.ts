import {
  certificateDraftInputSchema,
  type CertificateDraft,
  type CertificateDraftInput,
  type CertificateWizard,
} from '@lx/shared/certificate-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { applicantOf, associationNameOf, rosterOf, toType } from './certificate-records.ts';

/** A stored draft as the wizard reads it; one saved before the draft had its rules starts afresh. */
function draftInputOf(stored: Prisma.JsonValue): CertificateDraftInput {
  const parsed = certificateDraftInputSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** Step 1's data, the types this applicant may choose, its roster and the saved draft. */
export async function getCertificateWizard(
  prisma: PrismaClient,
  accountId: string,
): Promise<CertificateWizard> {
  const applicant = await applicantOf(prisma, accountId);
  const [types, roster, draft, associationName] = await Promise.all([
    prisma.certificateType.findMany({
      where: { active: true, applicantKinds: { has: applicant.profile.kind } },
      orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
    }),
    rosterOf(prisma, applicant),
    prisma.certificateDraft.findUnique({ where: { accountId } }),
    associationNameOf(prisma),
  ]);
  return {
    associationName,
    applicant: applicant.profile,
    types: types.map(toType),
    roster,
    draft: draft
      ? {
          step: draft.step,
          input: draftInputOf(draft.input),
          updatedAt: draft.updatedAt.toISOString(),
        }
      : null,
  };
}

/** The wizard's progress, kept so leaving and coming back resumes it (one draft per account). */
export async function saveCertificateDraft(
  prisma: PrismaClient,
  accountId: string,
  draft: CertificateDraft,
): Promise<CertificateDraft> {
  const input = draft.input as Prisma.InputJsonValue;
  const row = await prisma.certificateDraft.upsert({
    where: { accountId },
    create: { accountId, step: draft.step, input },
    update: { step: draft.step, input },
  });
  return {
    step: row.step,
    input: draftInputOf(row.input),
    updatedAt: row.updatedAt.toISOString(),
  };
}
