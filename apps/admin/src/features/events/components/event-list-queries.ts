import {
  eventListQuerySchema,
  leaveQueueQuerySchema,
  registrationListQuerySchema,
  suspensionListQuerySchema,
  type EventListQuery,
  type RegistrationListQuery,
} from '@lx/shared/event-schemas';
import type { z } from 'zod';

// The lists of the events module read their query from the address (useListParams): a value the
// list's shared query schema refuses (a state that does not exist, a search too long) is no filter,
// rather than a request the API answers with 400.

type Paging = { page: number; pageSize: number };

/** `value` as `schema` reads it, or undefined when the schema refuses it. */
function valid<S extends z.ZodType>(schema: S, value: string | undefined): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A search as sent: trimmed, and none when blank. */
function search(
  schema: z.ZodType<string | undefined, string | undefined>,
  value: string | undefined,
): string | undefined {
  return valid(schema, value) || undefined;
}

export function eventListQuery(
  paging: Paging,
  filters: { state?: string; q?: string },
): EventListQuery {
  const { state, q } = eventListQuerySchema.shape;
  return { ...paging, state: valid(state, filters.state), q: search(q, filters.q) };
}

export function registrationListQuery(
  paging: Paging,
  filters: { state?: string; q?: string },
): RegistrationListQuery {
  const { state, q } = registrationListQuerySchema.shape;
  return { ...paging, state: valid(state, filters.state), q: search(q, filters.q) };
}

export function leaveQueueQuery(
  paging: Paging,
  filters: { state?: string },
): z.infer<typeof leaveQueueQuerySchema> {
  return { ...paging, state: valid(leaveQueueQuerySchema.shape.state, filters.state) };
}

/**
 * 缺席暂停 shows the suspensions in force unless the address asks for others: `active=false` the
 * lifted or expired ones, `active=all` every one.
 */
export const SUSPENSION_SCOPES = ['true', 'false', 'all'] as const;
export type SuspensionScope = (typeof SUSPENSION_SCOPES)[number];
export const SUSPENSION_SCOPE_LABELS: Record<SuspensionScope, string> = {
  true: '暂停中',
  false: '已解除或到期',
  all: '全部',
};

export function suspensionScopeOf(active: string | undefined): SuspensionScope {
  return SUSPENSION_SCOPES.find((s) => s === active) ?? 'true';
}

export function suspensionListQuery(
  paging: Paging,
  filters: { active?: string; q?: string },
): z.infer<typeof suspensionListQuerySchema> {
  const scope = suspensionScopeOf(filters.active);
  return {
    ...paging,
    active: scope === 'all' ? undefined : scope,
    q: search(suspensionListQuerySchema.shape.q, filters.q),
  };
}
