import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

// A person on a slow phone starts typing as soon as a field is there, while the page is still
// loading. Whatever they typed must still be there once the page has settled. Each test slows the
// CPU, types key by key right after a click or a page load (no waiting for the network), then
// lets the page settle and checks the field. Plain fills here, no re-typing: a lost key fails.

test.setTimeout(150_000);

async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Types as a person does, at once: Playwright only waits for a field with that label. */
async function typeAtOnce(field: Locator, text: string) {
  await field.pressSequentially(text, { delay: 20 });
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
}

/**
 * Signs in through the API (the page shares its cookies), changing the initial password on the
 * first run; a repeated run (`--repeat-each`) signs in with the changed one.
 */
async function signedInAs(page: Page, lawyer: ReturnType<typeof demoLawyer>, password: string) {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrf.csrfToken };
  const login = (pw: string) =>
    page.request.post('/api/auth/login', { headers, data: { login: lawyer.login, password: pw } });
  if ((await login(password)).ok()) return;
  expect((await login(lawyer.password)).ok()).toBe(true);
  const changed = await page.request.post('/api/auth/change-password', {
    headers,
    data: { oldPassword: lawyer.password, newPassword: password, confirmPassword: password },
  });
  expect(changed.ok()).toBe(true);
}

// The case CI saw as "password reset lost its account number": the login page stayed on screen,
// taking input into its own 账号, until the next page's code had loaded and replaced it.
test('an account typed right after 忘记密码 is in the reset form', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('账号')).toBeVisible();
  await slowCpu(page);
  await page.getByRole('link', { name: /忘记密码/ }).click();
  await typeAtOnce(page.getByLabel('账号'), 'LS020014');
  await settle(page);
  await expect(page.getByRole('heading', { name: '找回密码' })).toBeVisible();
  await expect(page.getByLabel('账号')).toHaveValue('LS020014');
});

test('a number typed as the verify page appears is kept', async ({ page }) => {
  await slowCpu(page);
  await page.goto('/verify');
  const number = page.getByRole('textbox', { name: '证明编号' });
  await typeAtOnce(number, 'ZM2026000123');
  await settle(page);
  await expect(number).toHaveValue('ZM2026000123');
});

for (const [width, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1366, height: 900 }],
] as const) {
  test.describe(`at ${width} width`, () => {
    test.use({ viewport, isMobile: width === 'phone', hasTouch: width === 'phone' });

    test('account settings keep a postcode typed as the page appears', async ({ page }) => {
      const lawyer = demoLawyer(width === 'phone' ? 14 : 15);
      await signedInAs(page, lawyer, `Typing-${width}-2026`);
      await page.goto('/');
      await expect(page.getByRole('main')).toContainText(lawyer.name, { timeout: 30_000 });
      await slowCpu(page);

      // From the navigation, as a person gets there (on a phone through the drawer menu).
      if (width === 'phone') {
        await page.getByRole('button', { name: '打开导航菜单' }).click();
        await page.getByRole('menuitem', { name: '账户设置' }).click();
      } else {
        // At 1280 px it is in the bar (issue 19), as well as under the name's menu.
        await page
          .getByRole('navigation', { name: '主导航' })
          .getByRole('menuitem', { name: '账户设置' })
          .click();
      }
      const postcode = page.getByLabel('邮政编码');
      await typeAtOnce(postcode, '523000');
      await settle(page);
      await expect(postcode).toHaveValue('523000');

      // Straight after a refused save, where CI once saw the field cut short.
      await postcode.fill('5230');
      await page.getByRole('button', { name: /^保\s*存$/ }).click();
      await expect(page.getByText('邮政编码应为 6 位数字')).toBeVisible();
      await postcode.clear();
      await typeAtOnce(postcode, '523001');
      await settle(page);
      await expect(postcode).toHaveValue('523001');
    });
  });
}

test('the certificate wizard keeps 用途 and 联系邮箱 typed as step 3 appears', async ({ page }) => {
  const lawyer = demoLawyer(16);
  await signedInAs(page, lawyer, 'Typing-Cert-2026');
  await page.goto('/certificates/apply?step=1');
  await page.getByRole('button', { name: '信息无误，下一步' }).click();
  await page.getByRole('radio', { name: /^律师执业证明/ }).check();
  await slowCpu(page);

  // Arriving through 下一步: the draft is saved and the step changes as the fields appear.
  await page.getByRole('button', { name: '下一步：填写信息' }).click();
  await typeAtOnce(page.getByLabel('用途'), '银行开户');
  await page.getByLabel('联系邮箱').clear();
  await typeAtOnce(page.getByLabel('联系邮箱'), 'me@example.cn');
  await settle(page);
  await expect(page.getByLabel('用途')).toHaveValue('银行开户');
  await expect(page.getByLabel('联系邮箱')).toHaveValue('me@example.cn');

  // Arriving by the address (a reload, or coming back later): the wizard loads the saved draft.
  await page.goto('/certificates/apply?step=3');
  await typeAtOnce(page.getByLabel('用途'), '投标');
  await settle(page);
  await expect(page.getByLabel('用途')).toHaveValue('投标');
});

/** The same for a staff member, in the admin portal. */
async function staffSignedInAs(
  page: Page,
  staff: (typeof E2E_STAFF)[keyof typeof E2E_STAFF],
  password: string,
) {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrf.csrfToken };
  const login = (pw: string) =>
    page.request.post('/api/auth/login', {
      headers,
      data: { login: staff.login, password: pw, portal: 'admin' },
    });
  if ((await login(password)).ok()) return;
  expect((await login(staff.password)).ok()).toBe(true);
  const changed = await page.request.post('/api/auth/change-password', {
    headers,
    data: { oldPassword: staff.password, newPassword: password, confirmPassword: password },
  });
  expect(changed.ok()).toBe(true);
}

test('the event form keeps 活动名称 typed right after 新建活动', async ({ page }) => {
  await staffSignedInAs(page, E2E_STAFF.eventsTypist, 'Typing-Events-2026');
  await page.goto('/admin/events');
  await expect(page.getByRole('button', { name: '新建活动' })).toBeVisible({ timeout: 30_000 });
  await slowCpu(page);

  await page.getByRole('button', { name: '新建活动' }).click();
  const title = page.getByLabel('活动名称');
  await typeAtOnce(title, '青年律师沙龙');
  await settle(page);
  await expect(page.getByRole('heading', { name: '新建活动' })).toBeVisible();
  await expect(title).toHaveValue('青年律师沙龙');
});

// Needs a demo event open to 兼职律师 with places left (the events module's demo data).
test('the 报名表 keeps a phone number typed as it appears after 我要报名', async ({ page }) => {
  const lawyer = demoLawyer(4);
  await signedInAs(page, lawyer, 'Typing-Event-2026');
  await page.goto('/events');
  const card = page
    .getByRole('list', { name: '活动列表' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^我要报名/ }) })
    .first();
  await expect(card).toBeVisible();
  await slowCpu(page);
  // A slow answer for the lawyer's own data the form starts from: the form must wait for it.
  await page.route('**/api/profile/basic', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });

  // The event's page opens with its form, which waits for the event and the lawyer's profile.
  await card.getByRole('button', { name: /^我要报名/ }).click();
  const phone = page.getByLabel('联系电话');
  await phone.clear();
  await typeAtOnce(phone, '0769-22110000');
  await settle(page);
  await expect(page.getByRole('heading', { name: '报名表' })).toBeVisible();
  await expect(phone).toHaveValue('0769-22110000');
});

test('the compose form keeps 公文编号 typed right after 拟稿', async ({ page }) => {
  await staffSignedInAs(page, E2E_STAFF.documentsTypist, 'Typing-Docs-2026');
  await page.goto('/admin/documents');
  await expect(page.getByRole('button', { name: '拟稿' })).toBeVisible({ timeout: 30_000 });
  await slowCpu(page);

  await page.getByRole('button', { name: '拟稿' }).click();
  const number = page.getByLabel('公文编号');
  await typeAtOnce(number, '东律协〔2026〕9号');
  await settle(page);
  await expect(page.getByRole('heading', { name: '拟稿' })).toBeVisible();
  await expect(number).toHaveValue('东律协〔2026〕9号');
});
