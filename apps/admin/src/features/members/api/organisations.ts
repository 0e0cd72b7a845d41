import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  CreatedOrganisation,
  OrganisationCreateInput,
  OrganisationDetail,
  OrganisationPage,
  OrganisationSearchQuery,
  OrganisationUpdateInput,
} from '@lx/shared/member-schemas';
import { api } from '@lx/ui/api-client';
import { memberKeys } from './member-keys';

const organisationPath = (id: string) => `/api/admin/organisations/${encodeURIComponent(id)}`;

export function getOrganisations(query: OrganisationSearchQuery): Promise<OrganisationPage> {
  return api<OrganisationPage>('/api/admin/organisations', { query });
}

export function getOrganisationsQueryOptions(query: OrganisationSearchQuery) {
  return queryOptions({
    queryKey: [...memberKeys.organisationLists, query],
    queryFn: () => getOrganisations(query),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisations(query: OrganisationSearchQuery) {
  return useQuery(getOrganisationsQueryOptions(query));
}

/** The 转所 picker: active organisations matching what was typed, 20 at most. */
export function useOrganisationPicker(q: string) {
  return useQuery({
    queryKey: [...memberKeys.organisationPicker, q],
    queryFn: () => getOrganisations({ q: q || undefined, status: 'ACTIVE', page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function getOrganisationQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...memberKeys.organisationDetails, id],
    queryFn: () => api<OrganisationDetail>(organisationPath(id)),
  });
}

export function useOrganisation(id: string) {
  return useQuery(getOrganisationQueryOptions(id));
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationCreateInput) =>
      api<CreatedOrganisation>('/api/admin/organisations', { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationUpdateInput) =>
      api<OrganisationDetail>(organisationPath(id), { method: 'PATCH', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}
