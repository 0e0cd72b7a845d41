import {
  recipientQuerySchema,
  staffDocumentQuerySchema,
  type RecipientQuery,
  type StaffDocumentQuery,
} from '@lx/shared/document-schemas';
import type { z } from 'zod';

// The lists of the documents module read their query from the address (useListParams): a value
// the list's shared query schema refuses (a state that does not exist, a search too long) is no
// filter, rather than a request the API answers with 400.

type Paging = { page: number; pageSize: number };

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

/** 公文列表: `?state=&q=`. */
export function documentListQuery(
  paging: Paging,
  filters: { state?: string; q?: string },
): StaffDocumentQuery {
  const { state, q } = staffDocumentQuerySchema.shape;
  return { ...paging, state: valid(state, filters.state), q: search(q, filters.q) };
}

/** 传阅情况 of one document: `?target=<circulation id>&unread=true&q=`; only `true` filters. */
export function recipientListQuery(
  paging: Paging,
  filters: { target?: string; unread?: string; q?: string },
): RecipientQuery {
  const { target, q } = recipientQuerySchema.shape;
  return {
    ...paging,
    target: valid(target, filters.target),
    unread: filters.unread === 'true' ? 'true' : undefined,
    q: search(q, filters.q),
  };
}

/** The 传阅情况 export of `documentPath`, with the target and 只看未读 the list shows. */
export function recipientsExportUrl(
  documentPath: string,
  filters: Pick<RecipientQuery, 'target' | 'unread'>,
): string {
  const params = new URLSearchParams();
  if (filters.target) params.set('target', filters.target);
  if (filters.unread === 'true') params.set('unread', 'true');
  const qs = params.toString();
  return `${documentPath}/recipients.xlsx${qs ? `?${qs}` : ''}`;
}

/** 已阅 x / 共 y. */
export function readCountText(counts: { readCount: number; recipientCount: number }): string {
  return `已阅 ${counts.readCount} / 共 ${counts.recipientCount}`;
}
