import type { CardOverview, CardPhotoSource } from '@lx/shared/card-schemas';
import { profilePhotoUrl } from '../api/get-card-overview';
import { cardPhotoUrl } from '../api/upload-card-photo';

/** The address of the photo the application would use, or null when that source has none. */
export function chosenPhotoUrl(
  overview: Pick<CardOverview, 'profilePhoto' | 'uploadedPhoto'>,
  source: CardPhotoSource,
): string | null {
  const photo = source === 'profile' ? overview.profilePhoto : overview.uploadedPhoto;
  if (!photo) return null;
  return source === 'profile' ? profilePhotoUrl(photo.uploadedAt) : cardPhotoUrl(photo.uploadedAt);
}
