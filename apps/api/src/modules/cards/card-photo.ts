import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { invalid } from '../../lib/domain-error.ts';
import { normaliseIdPhoto } from '../../lib/id-photo.ts';
import type { ImagePool } from '../../lib/image-pool.ts';
import type { Storage } from '../../lib/storage.ts';
import { lockLawyers } from './card-records.ts';

export const applicationPhotoKey = (lawyerId: string) =>
  `card-applications/${lawyerId}/${randomUUID()}.jpg`;

/**
 * A photo uploaded in the wizard: checked and normalised by the same rules as the profile's, kept
 * (one per lawyer) until the next application takes it. The file is written before the row and
 * removed again if the row is not written; the photo it replaces is removed after.
 */
export async function uploadCardPhoto(options: {
  prisma: PrismaClient;
  storage: Storage;
  lawyerId: string;
  images: ImagePool;
  bytes: Buffer;
  actor: Actor;
}): Promise<{ uploadedAt: string }> {
  const { prisma, storage, lawyerId, actor } = options;
  const photo = await normaliseIdPhoto(options.bytes, options.images);
  const key = applicationPhotoKey(lawyerId);
  await storage.put(key, photo, 'image/jpeg');
  try {
    const { previous, uploadedAt } = await prisma.$transaction(async (tx) => {
      // An application taking the previous upload at this moment must not lose its file.
      await lockLawyers(tx, [lawyerId]);
      const existing = await tx.cardPhotoUpload.findUnique({ where: { lawyerId } });
      const row = await tx.cardPhotoUpload.upsert({
        where: { lawyerId },
        create: { lawyerId, key },
        update: { key, uploadedAt: new Date() },
      });
      await recordAudit(tx, actor, {
        action: 'card.photo-uploaded',
        entityType: 'Lawyer',
        entityId: lawyerId,
        after: { photoKey: key },
      });
      return { previous: existing?.key ?? null, uploadedAt: row.uploadedAt };
    });
    if (previous) await storage.delete(previous);
    return { uploadedAt: uploadedAt.toISOString() };
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

/**
 * The photo an application will carry, as a storage key it owns. The profile's photo is copied (the
 * profile may replace it later); the caller deletes the copy if the application is not written.
 */
export async function copyProfilePhoto(options: {
  prisma: PrismaClient;
  storage: Storage;
  lawyerId: string;
}): Promise<string> {
  const { prisma, storage, lawyerId } = options;
  const profile = await prisma.lawyerProfile.findUnique({
    where: { lawyerId },
    select: { photoKey: true },
  });
  const bytes = profile?.photoKey ? await storage.get(profile.photoKey) : null;
  if (!bytes) throw invalid('photo', '档案中还没有证件照片，请上传新照片');
  const key = applicationPhotoKey(lawyerId);
  await storage.put(key, bytes, 'image/jpeg');
  return key;
}
