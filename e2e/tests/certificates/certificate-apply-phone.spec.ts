import { expect, test, type Page } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoOrganisation } from '../../support/demo-accounts.ts';

const firm = demoOrganisation(0);

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('on a phone, a firm goes through the five steps and downloads the automatically issued certificate', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, '/login', firm.login, firm.password);
  await changeInitialPassword(page, firm.password, 'E2E-Phone-Cert-2026');
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('link', { name: '电子证明', exact: true }).click();
  // The demo certificate issued at first start is listed.
  const list = page.getByRole('list', { name: '证明申请列表' });
  await expect(list).toContainText('律师事务所执业证明');
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '我要申请' }).click();

  await page.getByRole('button', { name: '信息无误，下一步' }).click();
  await page.getByRole('radio', { name: /^律师事务所执业证明/ }).check();
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '下一步：填写信息' }).click();
  await page.getByLabel('用途').fill('银行开户');
  await page.getByLabel('联系邮箱').fill('office@huayue-law.example.cn');
  await page.getByRole('radio', { name: '需要', exact: true }).check();
  // The quantity box keeps to 1–10 by itself; left empty it is refused on the field.
  await page.getByLabel('申请数量').fill('');
  await page.getByRole('radio', { name: '自取', exact: true }).check();
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(page.getByText('申请数量须为 1 至 10 份')).toBeVisible();
  await page.getByLabel('申请数量').fill('1');
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '下一步', exact: true }).click();

  await expect(page.getByRole('article', { name: '证明预览' })).toContainText('银行开户');
  await expect(page.getByText(/自动审核/).first()).toBeVisible();
  await expectNoOverflow(page);
  await page.screenshot({ path: '.artifacts/certificate-preview-phone.png', fullPage: true });
  await page.getByRole('button', { name: '确认信息无误，提交申请' }).click();
  await expect(page.getByText('申请已通过')).toBeVisible();
  await page.getByRole('button', { name: '查看证明' }).click();
  await expect(page.getByRole('link', { name: '下载证明' })).toBeVisible();
  await expect(page.getByText(/ZM\d{10}/).first()).toBeVisible();
  await expectNoOverflow(page);
  await page.screenshot({ path: '.artifacts/certificate-detail-phone.png', fullPage: true });
});
