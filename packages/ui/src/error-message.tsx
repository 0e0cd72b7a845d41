import { ApiRequestError } from './api-client.tsx';

export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  return '网络异常，请检查网络后重试';
}
