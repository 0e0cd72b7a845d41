import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';

export type PublishedAnnouncement = {
  id: string;
  title: string;
  body: string;
  pinned: boolean;
  publishedAt: string;
};

export function getAnnouncement(id: string): Promise<PublishedAnnouncement> {
  return api<PublishedAnnouncement>(`/api/announcements/${encodeURIComponent(id)}`);
}

export function getAnnouncementQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['announcements', 'detail', id] as const,
    queryFn: () => getAnnouncement(id),
  });
}

export function useAnnouncement(id: string) {
  return useQuery(getAnnouncementQueryOptions(id));
}
