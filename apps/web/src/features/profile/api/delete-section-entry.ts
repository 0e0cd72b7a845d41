import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Section } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { storeChangedSection } from './get-section';

export type DeleteSectionEntryInput = { slug: string; id: string };

export function deleteSectionEntry({ slug, id }: DeleteSectionEntryInput): Promise<Section> {
  return api<Section>(
    `/api/profile/sections/${encodeURIComponent(slug)}/entries/${encodeURIComponent(id)}`,
    { method: 'DELETE' },
  );
}

export function useDeleteSectionEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSectionEntry,
    onSuccess: (section, { slug }) => storeChangedSection(queryClient, slug, section),
  });
}
