import { expect, test, type Page } from '@playwright/test';
import type { CertificateApplication, CertificateWizard } from '@lx/shared/certificate-schemas';
import { firstSignInThroughApi } from '../../support/api-session.ts';
import { signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { addLawyer, idNumberOf, newFirm, uniqueLicence } from '../../support/new-members.ts';

// Issue 19: a reviewer who keeps an application open while the applicant changes it (here: 撤回)
// sees the change on coming back to the window, and, acting on the old page, is told what changed
// — not only that the server refused.

const run = String(Date.now()).slice(-8);
const reviewer = E2E_STAFF.freshnessReviewer;

/** The browser tab is hidden and shown again, as when the reviewer comes back to it. */
async function comeBackToWindow(page: Page) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
}

/** The page's notice that the record changed since it was opened. */
function changeNotice(page: Page) {
  return page.getByRole('alert').filter({ hasText: '在您打开后已有变动' });
}

test('a certificate review page shows what the applicant changed while it was open', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const staffHeaders = await firstSignInThroughApi(
    request,
    reviewer,
    'E2E-Fresh-Admin-2026',
    'admin',
  );
  const firm = await newFirm(browser, request, staffHeaders, {
    name: `测试复核律师事务所${run}`,
    licenceNo: uniqueLicence('481', run),
  });
  const lawyer = await addLawyer(firm, {
    name: '测试复核律师',
    idNo: idNumberOf('19880808', run.slice(-3)),
    licenceNo: uniqueLicence('482', run),
  });
  const wizard = (await (
    await firm.api.get('/api/certificates/wizard')
  ).json()) as CertificateWizard;
  const type = wizard.types.find((t) => t.reviewMode === 'MANUAL')!;
  const apply = async () => {
    const values = Object.fromEntries(
      type.fields.map((f) => [f.name, f.kind === 'date' ? '2024-01-01' : '投标']),
    );
    const res = await firm.api.post('/api/certificates', {
      headers: firm.headers,
      data: {
        typeId: type.id,
        values,
        contactEmail: 'firm@example.com',
        lawyerIds: [lawyer.lawyer.id],
        paper: { needed: false },
      },
    });
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as CertificateApplication;
  };
  const withdraw = async (id: string) => {
    const res = await firm.api.post(`/api/certificates/${id}/withdraw`, {
      headers: firm.headers,
      data: {},
    });
    expect(res.ok(), await res.text()).toBe(true);
  };

  await signIn(page, '/admin/login', reviewer.login, 'E2E-Fresh-Admin-2026');
  await expect(page.getByRole('menuitem', { name: /证明审核/ })).toBeVisible({ timeout: 30_000 });

  // Open, the applicant withdraws, the reviewer comes back to the window.
  const first = await apply();
  await page.goto(`/admin/certificates/${first.id}`);
  await expect(page.getByRole('heading', { name: first.number, level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: '审核通过' })).toBeVisible({ timeout: 30_000 });
  await withdraw(first.id);
  await comeBackToWindow(page);
  await expect(changeNotice(page)).toContainText('状态已由「待审核」变为「已撤回」', {
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: '审核通过' })).toHaveCount(0);

  // 刷新 reads it again too.
  const second = await apply();
  await page.goto(`/admin/certificates/${second.id}`);
  await expect(page.getByRole('button', { name: '审核通过' })).toBeVisible({ timeout: 30_000 });
  await withdraw(second.id);
  await page.getByRole('button', { name: '刷新' }).click();
  await expect(changeNotice(page)).toContainText('状态已由「待审核」变为「已撤回」', {
    timeout: 30_000,
  });

  // Acting on the old page: the server refuses (409) and the page says what changed.
  const third = await apply();
  await page.goto(`/admin/certificates/${third.id}`);
  await expect(page.getByRole('button', { name: '审核通过' })).toBeVisible({ timeout: 30_000 });
  await withdraw(third.id);
  await page.getByRole('button', { name: '审核通过' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(changeNotice(page)).toContainText('状态已由「待审核」变为「已撤回」', {
    timeout: 30_000,
  });
  await expect(page.getByText('已撤回').first()).toBeVisible();
  await firm.context.close();
});
