import { describe, expect, it } from 'vitest';
import { readFilters, readPaging, withFilters, withPage } from '@/lib/list-params';
import { DEFAULT_PAGE_SIZE } from '@/lib/page';

const params = (query: string) => new URLSearchParams(query);

describe('readPaging', () => {
  it('reads the page and page size from the address', () => {
    expect(readPaging(params('page=3&pageSize=50'))).toEqual({ page: 3, pageSize: 50 });
  });

  it('falls back to the first page and the default size when absent or malformed', () => {
    for (const query of ['', 'page=0&pageSize=0', 'page=-1&pageSize=abc', 'page=1.5&pageSize=']) {
      expect(readPaging(params(query)), query).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
    }
  });

  it('caps a huge page size at 100 rows and a huge page number', () => {
    expect(readPaging(params('page=999999999&pageSize=100000'))).toEqual({
      page: 100_000,
      pageSize: 100,
    });
  });
});

describe('readFilters', () => {
  it("reads the list's own filters only, and no empty one", () => {
    expect(readFilters(params('state=SUBMITTED&q=&other=x&page=2'), ['state', 'q'])).toEqual({
      state: 'SUBMITTED',
    });
  });
});

describe('withFilters', () => {
  it('sets trimmed filters, removes blank ones and goes back to the first page', () => {
    const next = withFilters(
      params('q=old&state=SUBMITTED&page=4&pageSize=50&tab=x'),
      ['q', 'state'],
      {
        q: '  张三 ',
        state: '  ',
      },
    );
    expect(Object.fromEntries(next)).toEqual({ q: '张三', pageSize: '50', tab: 'x' });
  });

  it('leaves the address it was given unchanged', () => {
    const prev = params('q=old&page=4');
    withFilters(prev, ['q'], { q: 'new' });
    expect(prev.toString()).toBe('q=old&page=4');
  });
});

describe('withPage', () => {
  it('keeps the page number, leaving the first page and the default size out of the address', () => {
    expect(withPage(params('q=x'), DEFAULT_PAGE_SIZE, 3, DEFAULT_PAGE_SIZE).toString()).toBe(
      'q=x&page=3',
    );
    expect(withPage(params('q=x&page=3'), DEFAULT_PAGE_SIZE, 1, DEFAULT_PAGE_SIZE).toString()).toBe(
      'q=x',
    );
  });

  it('starts again from the first page when the page size changes', () => {
    expect(Object.fromEntries(withPage(params('page=5'), DEFAULT_PAGE_SIZE, 5, 50))).toEqual({
      pageSize: '50',
    });
    expect(
      Object.fromEntries(withPage(params('page=5&pageSize=50'), 50, 5, DEFAULT_PAGE_SIZE)),
    ).toEqual({});
  });
});
