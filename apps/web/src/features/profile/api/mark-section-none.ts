import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Section } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { storeChangedSection } from './get-section';

export type MarkSectionNoneInput = { slug: string; none: boolean };

/** 填报为无 (or taking it back): the section has nothing to report. */
export function markSectionNone({ slug, none }: MarkSectionNoneInput): Promise<Section> {
  return api<Section>(`/api/profile/sections/${encodeURIComponent(slug)}/none`, {
    method: 'PUT',
    body: { none },
  });
}

export function useMarkSectionNone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markSectionNone,
    onSuccess: (section, { slug }) => storeChangedSection(queryClient, slug, section),
  });
}
