import type { CardOverview } from '@lx/shared/card-schemas';
import { cardApplicationOptions } from '@lx/shared/card-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { practiceDataOf, situationOf, toCard, toSummary } from './card-records.ts';

/** What the 申请会员卡 and 会员卡管理 pages show: data, photos, what may be applied for, history. */
export async function getCardOverview(
  prisma: PrismaClient,
  lawyerId: string,
): Promise<CardOverview> {
  const [practice, situation, profile, upload] = await Promise.all([
    practiceDataOf(prisma, lawyerId),
    situationOf(prisma, lawyerId),
    prisma.lawyerProfile.findUnique({ where: { lawyerId }, select: { photoUploadedAt: true } }),
    prisma.cardPhotoUpload.findUnique({ where: { lawyerId } }),
  ]);
  return {
    practice,
    profilePhoto: profile?.photoUploadedAt
      ? { uploadedAt: profile.photoUploadedAt.toISOString() }
      : null,
    uploadedPhoto: upload ? { uploadedAt: upload.uploadedAt.toISOString() } : null,
    options: cardApplicationOptions(situation),
    cards: situation.cards.map((card) => toCard(card, situation)),
    applications: situation.applications.map(toSummary),
  };
}
