import type { FormInstance } from 'antd';

export type NamePath = (string | number)[];

/** The paths of the leaves of a changed-values object ({ a: { b: 1 } } → [['a', 'b']]). */
export function leafPaths(value: unknown, prefix: NamePath = []): NamePath[] {
  // Only plain objects and arrays hold fields; a dayjs date or a File is one value.
  const isContainer =
    Array.isArray(value) ||
    (value !== null &&
      typeof value === 'object' &&
      Object.getPrototypeOf(value) === Object.prototype);
  if (!isContainer || prefix.length > 8) return prefix.length > 0 ? [prefix] : [];
  const entries = Array.isArray(value)
    ? value.map((v: unknown, i) => [i, v] as const)
    : Object.entries(value as object);
  const paths = entries.flatMap(([key, v]) => leafPaths(v, [...prefix, key]));
  return prefix.length > 0 ? [prefix, ...paths] : paths;
}

export function clearErrors(form: FormInstance, names: NamePath[]): void {
  if (names.length > 0) form.setFields(names.map((name) => ({ name, errors: [] })));
}

/** Every field that shows an error now. */
export function fieldsWithErrors(form: FormInstance): NamePath[] {
  return form
    .getFieldsError()
    .filter((field) => field.errors.length > 0)
    .map((field) => [...field.name]);
}
