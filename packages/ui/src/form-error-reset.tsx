import { Form, type FormInstance } from 'antd';

type FormErrorReset = {
  form: FormInstance;
  onValuesChange: (changed: Record<string, unknown>) => void;
  onSubmitCapture: () => void;
};

type NamePath = (string | number)[];

/** The paths of the leaves of a changed-values object ({ a: { b: 1 } } → [['a', 'b']]). */
function leafPaths(value: unknown, prefix: NamePath = []): NamePath[] {
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

function clearErrors(form: FormInstance, names: NamePath[]): void {
  if (names.length > 0) form.setFields(names.map((name) => ({ name, errors: [] })));
}

/**
 * ZodForm puts errors on fields with `setFields`, which antd keeps until told otherwise (there are
 * no antd rules to re-run). Spread this into a ZodForm: editing a field clears its message, and
 * each submit starts clean, so a corrected field — or one a cross-field rule blamed — never shows
 * a stale message.
 *
 *   const errorReset = useFormErrorReset();
 *   <ZodForm {...errorReset} schema={…} onSubmit={…}>
 */
export function useFormErrorReset(external?: FormInstance): FormErrorReset {
  const [own] = Form.useForm();
  const form = external ?? own;
  return {
    form,
    onValuesChange: (changed) => clearErrors(form, leafPaths(changed)),
    onSubmitCapture: () =>
      clearErrors(
        form,
        form
          .getFieldsError()
          .filter((field) => field.errors.length > 0)
          .map((field) => [...field.name]),
      ),
  };
}
