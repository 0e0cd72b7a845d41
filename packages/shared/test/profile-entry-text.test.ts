import { describe, expect, it } from 'vitest';
import { entryFieldText, ONGOING_END_TEXT } from '../src/profile-fields.ts';
import { SECTION_DEFS, summarizeEntry } from '../src/profile-sections.ts';

// Issue 19: a current job (开始日期, no 结束日期) read as an empty 结束日期; it reads 至今.
const work = SECTION_DEFS.WORK;
const endDate = work.fields.find((f) => f.name === 'endDate')!;

describe('an entry without an end date', () => {
  it('reads 至今 when it has started', () => {
    const data = { employer: '东江律师事务所', startDate: '2020-03-01' };
    expect(entryFieldText(endDate, data)).toBe(ONGOING_END_TEXT);
    expect(summarizeEntry('WORK', data)).toBe('2020-03-01 至今 东江律师事务所');
  });

  it('reads its end date when it has one, and nothing when it has no dates at all', () => {
    expect(entryFieldText(endDate, { startDate: '2020-03-01', endDate: '2022-01-31' })).toBe(
      '2022-01-31',
    );
    expect(entryFieldText(endDate, { employer: '东江律师事务所' })).toBe('');
  });
});
