import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Section } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';

export function getSection(slug: string): Promise<Section> {
  return api<Section>(`/api/profile/sections/${encodeURIComponent(slug)}`);
}

export function getSectionQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['profile', 'section', slug] as const,
    queryFn: () => getSection(slug),
  });
}

export function useSection(slug: string) {
  return useQuery(getSectionQueryOptions(slug));
}
