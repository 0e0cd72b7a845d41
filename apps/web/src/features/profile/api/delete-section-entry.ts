import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Section } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { getSectionQueryOptions } from './get-section';

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
    onSuccess: async (section, { slug }) => {
      const sectionKey = getSectionQueryOptions(slug).queryKey;
      queryClient.setQueryData(sectionKey, section);
      // Everything else of the profile (the dashboard's status, the change log) is stale now.
      await queryClient.invalidateQueries({
        queryKey: ['profile'],
        predicate: (query) => query.queryKey.join('/') !== sectionKey.join('/'),
      });
    },
  });
}
