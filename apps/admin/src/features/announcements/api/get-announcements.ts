import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Announcement, AnnouncementState } from '@lx/shared/announcement-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type AnnouncementListQuery = {
  page: number;
  pageSize: number;
  state?: AnnouncementState;
  q?: string;
};

export function getAnnouncements(query: AnnouncementListQuery): Promise<Page<Announcement>> {
  return api<Page<Announcement>>('/api/admin/announcements', { query });
}

/** Without a query: the key of every announcement list, for invalidation. */
export function getAnnouncementsQueryOptions(query?: AnnouncementListQuery) {
  return queryOptions({
    queryKey: query ? ['admin-announcements', query] : ['admin-announcements'],
    queryFn: () => getAnnouncements(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useAnnouncements(query: AnnouncementListQuery) {
  return useQuery(getAnnouncementsQueryOptions(query));
}
