import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
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

/**
 * After a change to a section: the answer is the section as it is now, so it is stored as is, and
 * the rest of the profile (the dashboard's statuses, the change log) is refetched.
 */
export async function storeChangedSection(
  queryClient: QueryClient,
  slug: string,
  section: Section,
) {
  const sectionKey = getSectionQueryOptions(slug).queryKey;
  queryClient.setQueryData(sectionKey, section);
  await queryClient.invalidateQueries({
    queryKey: ['profile'],
    predicate: (query) => query.queryKey.join('/') !== sectionKey.join('/'),
  });
}
