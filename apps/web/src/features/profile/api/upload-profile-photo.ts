import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { storeBasicInfo } from './save-basic-step';

export function uploadProfilePhoto(file: File): Promise<BasicInfo> {
  const body = new FormData();
  body.append('file', file);
  return api<BasicInfo>('/api/profile/photo', { method: 'PUT', body });
}

/** The stored photo; the upload time in the address makes a new photo show despite caching. */
export function profilePhotoUrl(uploadedAt: string): string {
  return `/api/profile/photo?v=${encodeURIComponent(uploadedAt)}`;
}

export function useUploadProfilePhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadProfilePhoto,
    onSuccess: (info) => storeBasicInfo(queryClient, info),
  });
}
