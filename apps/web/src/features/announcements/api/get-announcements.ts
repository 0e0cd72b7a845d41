import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type AnnouncementSummary = {
  id: string;
  title: string;
  pinned: boolean;
  publishedAt: string;
};
export type AnnouncementsQuery = { page: number; pageSize: number };

export function getAnnouncements(query: AnnouncementsQuery): Promise<Page<AnnouncementSummary>> {
  return api<Page<AnnouncementSummary>>('/api/announcements', { query });
}

export function getAnnouncementsQueryOptions(query: AnnouncementsQuery) {
  return queryOptions({
    queryKey: ['announcements', 'list', query] as const,
    queryFn: () => getAnnouncements(query),
    placeholderData: keepPreviousData,
  });
}

export function useAnnouncements(query: AnnouncementsQuery) {
  return useQuery(getAnnouncementsQueryOptions(query));
}
