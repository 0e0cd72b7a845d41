import {
  memberSearchQuerySchema,
  organisationSearchQuerySchema,
  type MemberSearchQuery,
  type OrganisationSearchQuery,
} from '@lx/shared/member-schemas';
import type { z } from 'zod';

// 会员查询 and 机构管理 read their query from the address (useListParams): a value the shared
// schema refuses (a state that does not exist, an organisation id that is no uuid) is no filter,
// rather than a request the API answers with 400.

type Paging = { page: number; pageSize: number };

export const MEMBER_FILTER_KEYS = [
  'q',
  'organisationId',
  'practiceCategory',
  'accountState',
] as const;
export type MemberFilters = Partial<Record<(typeof MEMBER_FILTER_KEYS)[number], string>>;
export const ORGANISATION_FILTER_KEYS = ['q', 'kind', 'status'] as const;
export type OrganisationFilters = Partial<
  Record<(typeof ORGANISATION_FILTER_KEYS)[number], string>
>;

function valid<S extends z.ZodType>(schema: S, value: string | undefined): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function memberListQuery(paging: Paging, filters: MemberFilters): MemberSearchQuery {
  const { q, organisationId, practiceCategory, accountState } = memberSearchQuerySchema.shape;
  return {
    ...paging,
    q: valid(q, filters.q) || undefined,
    organisationId: valid(organisationId, filters.organisationId),
    practiceCategory: valid(practiceCategory, filters.practiceCategory),
    accountState: valid(accountState, filters.accountState),
  };
}

export function organisationListQuery(
  paging: Paging,
  filters: OrganisationFilters,
): OrganisationSearchQuery {
  const { q, kind, status } = organisationSearchQuerySchema.shape;
  return {
    ...paging,
    q: valid(q, filters.q) || undefined,
    kind: valid(kind, filters.kind),
    status: valid(status, filters.status),
  };
}
