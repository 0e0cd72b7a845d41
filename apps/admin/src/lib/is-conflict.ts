import { ERROR_CODES } from '@lx/shared/errors';
import { ApiRequestError } from '@lx/ui/api-client';

/** 409: the application is no longer in the state the action starts from. */
export function isConflict(error: unknown): error is ApiRequestError {
  return (
    error instanceof ApiRequestError &&
    (error.status === 409 || error.code === ERROR_CODES.CONFLICT)
  );
}
