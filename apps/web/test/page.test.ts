import { describe, expect, it } from 'vitest';
import { pageFromSearch } from '@/lib/page';

describe('pageFromSearch', () => {
  it('reads a positive whole page number', () => {
    expect(pageFromSearch('1')).toBe(1);
    expect(pageFromSearch('12')).toBe(12);
  });

  it('is the first page when ?page= is absent or not a page', () => {
    for (const value of [null, '', '0', '-3', '2.5', 'abc', 'Infinity', 'NaN']) {
      expect(pageFromSearch(value), String(value)).toBe(1);
    }
  });
});
