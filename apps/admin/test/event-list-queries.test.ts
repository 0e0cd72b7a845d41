import { describe, expect, it } from 'vitest';
import {
  eventListQuery,
  leaveQueueQuery,
  registrationListQuery,
  suspensionListQuery,
  suspensionScopeOf,
} from '@/features/events/components/event-list-queries';

const paging = { page: 2, pageSize: 50 };

describe('the event list from the address', () => {
  it('reads a known state and a trimmed search', () => {
    expect(eventListQuery(paging, { state: 'PUBLISHED', q: '  培训 ' })).toEqual({
      page: 2,
      pageSize: 50,
      state: 'PUBLISHED',
      q: '培训',
    });
  });

  it('drops a state that does not exist, a blank search and one too long', () => {
    expect(eventListQuery(paging, { state: 'OPEN', q: '   ' })).toEqual({
      ...paging,
      state: undefined,
      q: undefined,
    });
    expect(eventListQuery(paging, { q: '长'.repeat(51) }).q).toBeUndefined();
    expect(eventListQuery(paging, { q: '长'.repeat(50) }).q).toBe('长'.repeat(50));
  });
});

describe('the registrations of an event from the address', () => {
  it("reads a registration state, not an event's", () => {
    expect(registrationListQuery(paging, { state: 'ATTENDED', q: '张三' })).toEqual({
      ...paging,
      state: 'ATTENDED',
      q: '张三',
    });
    expect(registrationListQuery(paging, { state: 'PUBLISHED' }).state).toBeUndefined();
  });
});

describe('the leave queue from the address', () => {
  it('reads a leave state and nothing else', () => {
    expect(leaveQueueQuery(paging, { state: 'PENDING' })).toEqual({ ...paging, state: 'PENDING' });
    expect(leaveQueueQuery(paging, { state: 'ATTENDED' })).toEqual({ ...paging, state: undefined });
  });
});

describe('the suspensions from the address', () => {
  it('shows those in force unless asked for the others or all', () => {
    expect(suspensionScopeOf(undefined)).toBe('true');
    expect(suspensionScopeOf('nonsense')).toBe('true');
    expect(suspensionListQuery(paging, {})).toEqual({ ...paging, active: 'true', q: undefined });
    expect(suspensionListQuery(paging, { active: 'false' }).active).toBe('false');
    expect(suspensionListQuery(paging, { active: 'all', q: ' 王 ' })).toEqual({
      ...paging,
      active: undefined,
      q: '王',
    });
  });
});
