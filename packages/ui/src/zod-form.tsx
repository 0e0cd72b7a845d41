import { Form, type FormInstance, type FormProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from '@lx/shared/errors';
import { ApiRequestError } from './api-client.tsx';
import { clearErrors, fieldsWithErrors, leafPaths } from './form-errors.tsx';

/** Puts a zod result's or the API's field errors on the antd form fields. */
export function applyFieldErrors(form: FormInstance, fieldErrors: Record<string, string>): void {
  form.setFields(
    Object.entries(fieldErrors).map(([path, message]) => ({
      name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [message],
    })),
  );
}

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  return fieldErrorsOf(error.issues);
}

type ZodFormProps<S extends z.ZodTypeAny> = Omit<FormProps, 'onFinish' | 'form' | 'children'> & {
  schema: S;
  form?: FormInstance;
  /** Called with the parsed values; an ApiRequestError's field errors land on the fields. */
  onSubmit: (values: z.infer<S>) => Promise<unknown> | unknown;
  /** Called when a submit is refused by the schema (the errors are on the fields). */
  onInvalid?: () => void;
  /**
   * False: Enter in a field does not submit the form; only its button does. For a dialog that adds
   * an entry (工作经历…), where Enter typed after a date saved a half-filled entry and closed the
   * dialog (issue 19).
   */
  submitOnEnter?: boolean;
  children: ReactNode;
};

/** Enter in a one-line field, which browsers take as "submit the form". */
function isImplicitSubmit(event: KeyboardEvent<HTMLFormElement>): boolean {
  const target = event.target as HTMLElement;
  return (
    event.key === 'Enter' &&
    !event.nativeEvent.isComposing &&
    target instanceof HTMLInputElement &&
    !['button', 'submit', 'reset', 'checkbox', 'radio', 'file'].includes(target.type)
  );
}

/**
 * The one way forms validate: the same zod schema the API uses, run on submit; the server's
 * field errors (rules only it can check) are shown on the same fields. The errors are set by hand
 * (there are no antd rules to re-run them), so editing a field clears its message and every submit
 * starts clean: a corrected field never shows a stale message.
 */
export function ZodForm<S extends z.ZodTypeAny>({
  schema,
  form: external,
  onSubmit,
  onValuesChange,
  submitOnEnter = true,
  onInvalid,
  onKeyDown,
  children,
  ...rest
}: ZodFormProps<S>) {
  const [own] = Form.useForm();
  const form = external ?? own;
  const handleValuesChange: FormProps['onValuesChange'] = (changed, all) => {
    clearErrors(form, leafPaths(changed));
    onValuesChange?.(changed, all);
  };
  const handleFinish = async (values: unknown) => {
    clearErrors(form, fieldsWithErrors(form));
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      applyFieldErrors(form, zodFieldErrors(parsed.error));
      onInvalid?.();
      return;
    }
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0) {
        applyFieldErrors(form, error.fieldErrors);
        return;
      }
      throw error;
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      onValuesChange={handleValuesChange}
      onKeyDown={(event) => {
        if (!submitOnEnter && isImplicitSubmit(event)) event.preventDefault();
        onKeyDown?.(event);
      }}
      {...rest}
    >
      {children}
    </Form>
  );
}
