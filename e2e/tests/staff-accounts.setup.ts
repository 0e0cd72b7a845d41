import { expect, test as setup } from '@playwright/test';
import { E2E_STAFF } from '../support/e2e-staff.ts';
import { demoStaff } from '../support/demo-accounts.ts';

// Flows seed their own staff through the public API, as an administrator would in the console,
// so no flow depends on another having changed a demo account's password.
setup('create the staff accounts the flows use', async ({ request }) => {
  const admin = demoStaff('admin');
  const csrf = ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string })
    .csrfToken;
  const headers = { 'x-csrf-token': csrf };
  expect(
    (
      await request.post('/api/auth/login', {
        headers,
        data: { login: admin.login, password: admin.password, portal: 'admin' },
      })
    ).ok(),
  ).toBe(true);
  const changed = await request.post('/api/auth/change-password', {
    headers,
    data: {
      oldPassword: admin.password,
      newPassword: 'E2E-Admin-2026',
      confirmPassword: 'E2E-Admin-2026',
    },
  });
  expect(changed.ok()).toBe(true);
  for (const s of Object.values(E2E_STAFF)) {
    const res = await request.post('/api/admin/staff', {
      headers,
      data: { username: s.login, displayName: s.name, roles: s.roles, initialPassword: s.password },
    });
    expect(res.ok(), await res.text()).toBe(true);
  }
});
