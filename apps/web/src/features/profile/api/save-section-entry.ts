import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldValues } from '@lx/shared/profile-fields';
import type { Section } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { storeChangedSection } from './get-section';

export type SaveSectionEntryInput = {
  slug: string;
  /** The entry to update; a new entry is created without it. */
  id?: string;
  values: FieldValues;
};

export function saveSectionEntry({ slug, id, values }: SaveSectionEntryInput): Promise<Section> {
  const base = `/api/profile/sections/${encodeURIComponent(slug)}/entries`;
  return id
    ? api<Section>(`${base}/${encodeURIComponent(id)}`, { method: 'PUT', body: values })
    : api<Section>(base, { method: 'POST', body: values });
}

export function useSaveSectionEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSectionEntry,
    onSuccess: (section, { slug }) => storeChangedSection(queryClient, slug, section),
  });
}
