import type { MemberDocumentQuery } from '@lx/shared/document-schemas';
import { paths, type DocumentInboxParams } from '@/config/paths';
import { pageFromSearch } from '@/lib/page';

// 我的公文's search, read filter and page live in the address (?q=&read=&page=), so a reload, the
// back button and 返回 from a document show the same list. Pure, for the unit tests.

export type ReadFilter = 'all' | NonNullable<MemberDocumentQuery['read']>;

export const READ_FILTERS: { label: string; value: ReadFilter }[] = [
  { label: '全部', value: 'all' },
  { label: '未读', value: 'unread' },
  { label: '已读', value: 'read' },
];

/** The API's limit of the search text. */
export const SEARCH_MAX_LENGTH = 50;

/** The inbox's parameters as the address holds them; unknown or malformed values are left out. */
export function inboxParamsFromSearch(search: URLSearchParams): DocumentInboxParams {
  const q = search.get('q')?.trim().slice(0, SEARCH_MAX_LENGTH);
  const read = search.get('read');
  const page = pageFromSearch(search.get('page'));
  return {
    ...(q ? { q } : {}),
    ...(read === 'read' || read === 'unread' ? { read } : {}),
    ...(page > 1 ? { page } : {}),
  };
}

/** The request for one page of the inbox. */
export function inboxQuery(params: DocumentInboxParams, pageSize: number): MemberDocumentQuery {
  return {
    page: params.page ?? 1,
    pageSize,
    ...(params.q ? { q: params.q } : {}),
    ...(params.read ? { read: params.read } : {}),
  };
}

export function readFilterOf(params: DocumentInboxParams): ReadFilter {
  return params.read ?? 'all';
}

/** A new filter or search starts again from the first page. */
export function withReadFilter(
  params: DocumentInboxParams,
  filter: ReadFilter,
): DocumentInboxParams {
  return { q: params.q, read: filter === 'all' ? undefined : filter };
}

export function withSearch(params: DocumentInboxParams, q: string): DocumentInboxParams {
  const text = q.trim().slice(0, SEARCH_MAX_LENGTH);
  return { q: text || undefined, read: params.read };
}

/** What the inbox passes to a document it opens, so that 返回 comes back to the same list. */
export type InboxState = { inbox: string };

export function inboxState(params: DocumentInboxParams): InboxState {
  return { inbox: paths.documents.getHref(params) };
}

/**
 * Where 返回 leads from a document: the inbox as it was left, when the page was opened from it;
 * the inbox's first page otherwise (a link from the home page or a message, a typed address).
 */
export function inboxHref(state: unknown): string {
  const base = paths.documents.getHref();
  if (typeof state !== 'object' || state === null || !('inbox' in state)) return base;
  const inbox = (state as { inbox: unknown }).inbox;
  if (typeof inbox !== 'string') return base;
  return inbox === base || inbox.startsWith(`${base}?`) ? inbox : base;
}
