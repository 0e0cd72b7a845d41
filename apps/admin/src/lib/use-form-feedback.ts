import type { FormInstance } from 'antd';
import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';
import { zodFieldErrors } from '@lx/ui/zod-form';
import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';

type Options = { form: FormInstance; schema: z.ZodTypeAny };

/**
 * What a ZodForm needs around it:
 * - `guard` for onSubmit: errors with field errors go back to ZodForm (which puts them on the
 *   fields); any other error becomes `alert`, for the form's Alert.
 * - `onValuesChange` keeps field errors current while the user corrects them: an edited field's
 *   error is re-checked against the schema (and disappears once fixed, as does a cross-field error
 *   such as 确认密码 fixed by editing 新密码); an error the server gave stays until its field is edited.
 */
export function useFormFeedback({ form, schema }: Options) {
  const [alert, setAlert] = useState<string | null>(null);
  const serverFields = useRef(new Set<string>());

  /** Runs the action; true when it succeeded. */
  const guard = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setAlert(null);
    serverFields.current.clear();
    try {
      await action();
      return true;
    } catch (error) {
      if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0) {
        serverFields.current = new Set(Object.keys(error.fieldErrors));
        throw error;
      }
      setAlert(errorMessage(error));
      return false;
    }
  }, []);

  const onValuesChange = useCallback(
    (changed: Record<string, unknown>) => {
      const edited = new Set(Object.keys(changed));
      const shown = form.getFieldsError().filter((f) => f.errors.length > 0);
      if (shown.length === 0) return;
      const parsed = schema.safeParse(form.getFieldsValue());
      const issues = parsed.success ? {} : zodFieldErrors(parsed.error);
      const updates = shown.flatMap((field) => {
        const key = field.name.join('.');
        const wasEdited = edited.has(String(field.name[0]));
        if (!wasEdited && serverFields.current.has(key)) return [];
        if (wasEdited) serverFields.current.delete(key);
        const message = issues[key];
        return [{ name: field.name, errors: message ? [message] : [] }];
      });
      if (updates.length > 0) form.setFields(updates);
    },
    [form, schema],
  );

  return { alert, setAlert, guard, onValuesChange };
}
