import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  CirculationGroup,
  CirculationGroupDetail,
  CirculationGroupInput,
  CirculationOrganisation,
  CirculationPerson,
} from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentKeys } from './document-keys';
import { useDocumentAction } from './use-document-action';

const GROUPS_PATH = '/api/admin/circulation-groups';
const groupPath = (id: string) => `${GROUPS_PATH}/${encodeURIComponent(id)}`;

export function useCirculationGroups() {
  return useQuery(
    queryOptions({
      queryKey: documentKeys.groups,
      queryFn: () => api<CirculationGroup[]>(GROUPS_PATH),
    }),
  );
}

/** One group with its members, for the edit form (none: nothing is loaded). */
export function useCirculationGroup(id: string | null) {
  return useQuery(
    queryOptions({
      queryKey: [...documentKeys.groups, 'detail', id],
      queryFn: () => api<CirculationGroupDetail>(groupPath(id ?? '')),
      enabled: Boolean(id),
    }),
  );
}

export type SaveGroupVariables = { id: string | null; input: CirculationGroupInput };

/** 新建 (no id) or 编辑 a group: the whole list of members is sent each time. */
export function saveCirculationGroup({
  id,
  input,
}: SaveGroupVariables): Promise<CirculationGroupDetail> {
  return id
    ? api<CirculationGroupDetail>(groupPath(id), { method: 'PUT', body: input })
    : api<CirculationGroupDetail>(GROUPS_PATH, { method: 'POST', body: input });
}

export function deleteCirculationGroup({ id }: { id: string }): Promise<unknown> {
  return api<unknown>(groupPath(id), { method: 'DELETE' });
}

export function useSaveCirculationGroup() {
  return useDocumentAction(saveCirculationGroup);
}

export function useDeleteCirculationGroup() {
  return useDocumentAction(deleteCirculationGroup);
}

/** Lawyers (by name or 执业证号) and organisations' accounts (by name), at most 20. */
export function useCirculationPeople(q: string) {
  return useQuery(
    queryOptions({
      queryKey: [...documentKeys.people, q],
      queryFn: () => api<CirculationPerson[]>('/api/admin/circulation-people', { query: { q } }),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  );
}

export function useCirculationOrganisations(q: string) {
  return useQuery(
    queryOptions({
      queryKey: [...documentKeys.organisations, q],
      queryFn: () =>
        api<CirculationOrganisation[]>('/api/admin/circulation-organisations', { query: { q } }),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  );
}
