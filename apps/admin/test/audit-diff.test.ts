import { describe, expect, it } from 'vitest';
import { diffAuditValues } from '@/features/audit/components/audit-diff';

describe('diffAuditValues', () => {
  it('lists the changed keys only, and counts the others', () => {
    expect(
      diffAuditValues(
        { displayName: '张三', disabled: false, roles: ['A'] },
        { displayName: '张三', disabled: true, roles: ['A', 'B'] },
      ),
    ).toEqual({
      rows: [
        { key: 'disabled', before: false, after: true },
        { key: 'roles', before: ['A'], after: ['A', 'B'] },
      ],
      unchanged: 1,
    });
  });

  it('flattens nested objects into dotted keys and keeps arrays whole', () => {
    const { rows } = diffAuditValues(
      { address: { city: '广州', street: '一路' }, tags: [1, 2] },
      { address: { city: '深圳', street: '一路' }, tags: [2, 1] },
    );
    expect(rows).toEqual([
      { key: 'address.city', before: '广州', after: '深圳' },
      { key: 'tags', before: [1, 2], after: [2, 1] },
    ]);
  });

  it('shows added and removed keys, in the order they first appear', () => {
    const { rows } = diffAuditValues({ a: 1, b: 2 }, { b: 2, c: 3 });
    expect(rows).toEqual([
      { key: 'a', before: 1, after: undefined },
      { key: 'c', before: undefined, after: 3 },
    ]);
  });

  it('treats a missing before or after as no values (a creation, a deletion)', () => {
    expect(diffAuditValues(null, { title: '公告' })).toEqual({
      rows: [{ key: 'title', before: undefined, after: '公告' }],
      unchanged: 0,
    });
    expect(diffAuditValues({ title: '公告' }, undefined).rows).toEqual([
      { key: 'title', before: '公告', after: undefined },
    ]);
    expect(diffAuditValues(null, null)).toEqual({ rows: [], unchanged: 0 });
  });

  it('keeps an empty object as a value of its own', () => {
    expect(diffAuditValues({ meta: {} }, { meta: { a: 1 } }).rows).toEqual([
      { key: 'meta', before: {}, after: undefined },
      { key: 'meta.a', before: undefined, after: 1 },
    ]);
  });
});
