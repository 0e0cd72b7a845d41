import { ApiRequestError } from '@lx/ui/api-client';
import { errorMessage } from '@lx/ui/error-message';

/**
 * For a form's submit handler: an API error that names fields is rethrown, so ZodForm puts the
 * messages on those fields; any other error becomes the message shown above the form.
 */
export function formErrorMessage(error: unknown): string {
  if (error instanceof ApiRequestError && Object.keys(error.fieldErrors).length > 0) throw error;
  return errorMessage(error);
}
