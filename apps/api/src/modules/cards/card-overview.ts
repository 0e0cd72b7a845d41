import type { CardOverview } from '@lx/shared/card-schemas';
import { cardApplicationOptions } from '@lx/shared/card-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql } from '../../db/direct-sql.ts';
import { readCardHolder, toCard, toSummary } from './card-records.ts';

/**
 * What the 申请会员卡 and 会员卡管理 pages show: data, photos, what may be applied for, history.
 * One statement on the direct lane (`readCardHolder`; issue 17: eight through Prisma before).
 */
export async function getCardOverview(
  prisma: PrismaClient,
  lawyerId: string,
): Promise<CardOverview> {
  const { data, profilePhotoAt, uploadedPhotoAt, situation } = await readCardHolder(
    directSql(prisma),
    lawyerId,
  );
  return {
    practice: data,
    profilePhoto: profilePhotoAt ? { uploadedAt: profilePhotoAt.toISOString() } : null,
    uploadedPhoto: uploadedPhotoAt ? { uploadedAt: uploadedPhotoAt.toISOString() } : null,
    options: cardApplicationOptions(situation),
    cards: situation.cards.map((card) => toCard(card, situation)),
    applications: situation.applications.map(toSummary),
  };
}
