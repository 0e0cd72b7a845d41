import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import { getCurrentAccountQueryOptions } from '@lx/ui/current-account';
import { AVATAR_MAX_BYTES, AVATAR_TYPES, megabytes } from '@lx/shared/upload-limits';
import { avatarQueryKey } from '@/lib/avatar';

export function uploadAvatar(file: File): Promise<unknown> {
  const body = new FormData();
  body.append('file', file);
  return api<unknown>('/api/account/avatar', { method: 'PUT', body });
}

export function useUploadAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAvatar,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getCurrentAccountQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: avatarQueryKey }),
      ]),
  });
}

/** The first bytes of the file, so a renamed non-image is refused before it is sent. */
async function looksLikeJpegOrPng(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte);
  return jpeg || png;
}

/** Why the file cannot be the photo, or null when it can (the server checks again). */
export async function avatarFileProblem(file: File): Promise<string | null> {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type))
    return '头像只能是 JPG 或 PNG 格式的图片';
  if (file.size > AVATAR_MAX_BYTES) return `头像图片不能超过 ${megabytes(AVATAR_MAX_BYTES)} MB`;
  if (!(await looksLikeJpegOrPng(file))) return '文件内容不是有效的 JPG 或 PNG 图片';
  return null;
}
