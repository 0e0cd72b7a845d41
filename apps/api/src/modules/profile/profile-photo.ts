import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { normaliseIdPhoto } from '../../lib/id-photo.ts';
import type { ImagePool } from '../../lib/image-pool.ts';
import type { Storage } from '../../lib/storage.ts';
import { getBasicInfo } from './basic-info.ts';
import { recordProfileChange } from './change-log.ts';
import { formatDateTime } from '@lx/shared/dates';
import { lockProfile, requireEditMode } from './profile-records.ts';

/**
 * Checks and normalises the uploaded ID photo, stores it, then points the profile at it. The file
 * is written first and removed again if the database does not take it, so no row points nowhere.
 */
export async function replaceProfilePhoto(options: {
  prisma: PrismaClient;
  storage: Storage;
  profileId: string;
  images: ImagePool;
  bytes: Buffer;
  actor: Actor;
}) {
  const { prisma, storage, profileId, actor } = options;
  const photo = await normaliseIdPhoto(options.bytes, options.images);
  const key = `profile-photos/${profileId}/${randomUUID()}.jpg`;
  await storage.put(key, photo, 'image/jpeg');
  let previous: string | null = null;
  try {
    const info = await prisma.$transaction(async (tx) => {
      const profile = await lockProfile(tx, profileId);
      const mode = requireEditMode(profile, 'completion', 'change');
      previous = profile.photoKey;
      const now = new Date();
      const updated = await tx.lawyerProfile.update({
        where: { id: profileId },
        data: {
          photoKey: key,
          photoUploadedAt: now,
          version: { increment: 1 },
          ...(mode === 'completion' ? { basicConfirmedAt: null } : {}),
        },
      });
      if (mode === 'change') {
        await recordProfileChange(tx, {
          profileId,
          section: 'BASIC',
          action: 'UPDATE',
          changes: [
            {
              field: 'photo',
              label: '证件照片',
              before: profile.photoUploadedAt
                ? `${formatDateTime(profile.photoUploadedAt)} 上传的照片`
                : '',
              after: `${formatDateTime(now)} 上传的照片`,
            },
          ],
          actor,
        });
      }
      await recordAudit(tx, actor, {
        action: 'profile.photo-replaced',
        entityType: 'LawyerProfile',
        entityId: profileId,
        before: { photoKey: profile.photoKey },
        after: { photoKey: key },
      });
      return getBasicInfo(tx, updated);
    });
    if (previous) await storage.delete(previous);
    return info;
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}
