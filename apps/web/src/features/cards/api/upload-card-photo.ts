import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardOverview } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { getCardOverviewQueryOptions, invalidateCards } from './get-card-overview';

export type CardPhotoUpload = { uploadedAt: string };

/** A new ID photo for the application, from the cropper (358×441 JPEG). */
export function uploadCardPhoto(file: File): Promise<CardPhotoUpload> {
  const body = new FormData();
  body.append('file', file);
  return api<CardPhotoUpload>('/api/cards/photo', { method: 'PUT', body });
}

/** The photo uploaded in the wizard; the upload time in the address defeats the cache. */
export function cardPhotoUrl(uploadedAt: string): string {
  return `/api/cards/photo?v=${encodeURIComponent(uploadedAt)}`;
}

export function useUploadCardPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadCardPhoto,
    onSuccess: (uploadedPhoto) => {
      queryClient.setQueryData(getCardOverviewQueryOptions().queryKey, (overview?: CardOverview) =>
        overview ? { ...overview, uploadedPhoto } : overview,
      );
      return invalidateCards(queryClient);
    },
  });
}
