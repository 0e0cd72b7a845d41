// Turns an audit entry's before/after JSON into the rows that changed, for a two-column view.

export type DiffRow = { key: string; before: unknown; after: unknown };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects become dotted keys ("address.city"); arrays and scalars are leaves. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (!isPlainObject(value)) {
    if (value !== undefined && value !== null) out.set(prefix, value);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(inner) && Object.keys(inner).length > 0) flatten(inner, path, out);
    else out.set(path, inner);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The keys whose value differs between before and after, in the order they first appear. */
export function diffAuditValues(
  before: unknown,
  after: unknown,
): { rows: DiffRow[]; unchanged: number } {
  const b = flatten(before, '', new Map());
  const a = flatten(after, '', new Map());
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const rows = keys
    .filter((k) => !same(b.get(k), a.get(k)))
    .map((k) => ({ key: k, before: b.get(k), after: a.get(k) }));
  return { rows, unchanged: keys.length - rows.length };
}
