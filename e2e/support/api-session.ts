import { expect, type APIRequestContext } from '@playwright/test';

// Set-up through the public API, for what a flow needs before the part it drives in the pages.
// The API guards writes with a double-submit CSRF token: a cookie, and the same value in a header.

/** The CSRF header for this request context (its cookie is set by the same call). */
export async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.get('/api/auth/csrf');
  expect(res.ok(), await res.text()).toBe(true);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { 'x-csrf-token': csrfToken };
}

/**
 * Signs a member or staff account in for the first time and changes its initial password, as
 * the first sign-in requires before anything else; returns the CSRF header for further calls.
 */
export async function firstSignInThroughApi(
  request: APIRequestContext,
  account: { login: string; password: string },
  newPassword: string,
  portal: 'member' | 'admin' = 'member',
): Promise<Record<string, string>> {
  const headers = await csrfHeaders(request);
  const login = await request.post('/api/auth/login', {
    headers,
    data: { login: account.login, password: account.password, portal },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const changed = await request.post('/api/auth/change-password', {
    headers,
    data: { oldPassword: account.password, newPassword, confirmPassword: newPassword },
  });
  expect(changed.ok(), await changed.text()).toBe(true);
  return headers;
}
