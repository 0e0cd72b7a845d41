import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import {
  inboxHref,
  inboxParamsFromSearch,
  inboxQuery,
  inboxState,
  readFilterOf,
  withReadFilter,
  withSearch,
} from '@/features/documents/components/inbox-params';

const fromHref = (href: string) =>
  inboxParamsFromSearch(new URLSearchParams(href.split('?')[1] ?? ''));

describe('the inbox address', () => {
  it('is bare for the first page of everything', () => {
    expect(paths.documents.getHref()).toBe('/documents');
    expect(paths.documents.getHref({ page: 1, q: '  ' })).toBe('/documents');
  });

  it('keeps the search, the read filter and the page', () => {
    const href = paths.documents.getHref({ q: '关于 年检', read: 'unread', page: 3 });
    expect(href).toBe('/documents?q=%E5%85%B3%E4%BA%8E+%E5%B9%B4%E6%A3%80&read=unread&page=3');
    expect(fromHref(href)).toEqual({ q: '关于 年检', read: 'unread', page: 3 });
  });

  it('reads back what it wrote, for every filter', () => {
    for (const params of [{}, { read: 'read' as const }, { q: '粤律协', page: 2 }]) {
      expect(fromHref(paths.documents.getHref(params))).toEqual(params);
    }
  });

  it('leaves out unknown filters, bad pages and blank searches', () => {
    expect(fromHref('/documents?read=all&page=0&q=%20%20')).toEqual({});
    expect(fromHref('/documents?read=UNREAD&page=abc')).toEqual({});
  });

  it('cuts a search to the API limit of 50 characters', () => {
    const long = '字'.repeat(60);
    expect(fromHref(`/documents?q=${long}`).q).toHaveLength(50);
    expect(withSearch({}, long).q).toHaveLength(50);
  });
});

describe('the inbox request', () => {
  it('asks for the page with its size, and only the filters that are set', () => {
    expect(inboxQuery({}, 10)).toEqual({ page: 1, pageSize: 10 });
    expect(inboxQuery({ q: '通知', read: 'unread', page: 4 }, 10)).toEqual({
      page: 4,
      pageSize: 10,
      q: '通知',
      read: 'unread',
    });
  });
});

describe('changing the filters', () => {
  it('starts again from the first page and keeps the other filter', () => {
    const params = { q: '年检', read: 'unread' as const, page: 5 };
    expect(withReadFilter(params, 'read')).toEqual({ q: '年检', read: 'read' });
    expect(withReadFilter(params, 'all')).toEqual({ q: '年检', read: undefined });
    expect(withSearch(params, '  会费 ')).toEqual({ q: '会费', read: 'unread' });
    expect(withSearch(params, '')).toEqual({ q: undefined, read: 'unread' });
    expect(paths.documents.getHref(withSearch(params, ''))).toBe('/documents?read=unread');
  });

  it('shows 全部 without a read filter', () => {
    expect(readFilterOf({})).toBe('all');
    expect(readFilterOf({ read: 'unread' })).toBe('unread');
  });
});

describe('返回 from a document', () => {
  it('goes back to the inbox as it was left', () => {
    const state = inboxState({ q: '年检', read: 'unread', page: 2 });
    expect(inboxHref(state)).toBe('/documents?q=%E5%B9%B4%E6%A3%80&read=unread&page=2');
  });

  it('goes to the inbox when the document was not opened from it', () => {
    for (const state of [null, undefined, 'x', {}, { inbox: 3 }]) {
      expect(inboxHref(state)).toBe('/documents');
    }
  });

  it('never leaves the inbox for another address carried in the state', () => {
    for (const inbox of ['https://evil.example/', '//evil.example', '/documentsx', '/tickets']) {
      expect(inboxHref({ inbox })).toBe('/documents');
    }
  });
});
