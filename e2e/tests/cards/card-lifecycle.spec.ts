import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { uploadCroppedPhoto } from '../../support/profile-steps.ts';

const lawyer = demoLawyer(9);
const officer = E2E_STAFF.cardOfficer;
const STEPS = ['受理', '印制', '制卡', '制卡完成', '验卡', '领取'] as const;

/** The wizard from step 1 to the application's page; returns the application number. */
async function applyThroughWizard(page: Page) {
  await expect(page.getByText(lawyer.idNo)).toBeVisible();
  await expect(page.getByRole('link', { name: '信息有误？提交工单' })).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();

  // Step 2: no photo yet, so 下一步 is refused until one is cropped and uploaded.
  await expect(page.getByRole('radio', { name: '上传新照片' })).toBeChecked();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('请先上传证件照片')).toBeVisible();
  await uploadCroppedPhoto(page);
  await expect(page.getByRole('img', { name: '申请使用的证件照' })).toBeVisible();
  await page.screenshot({ path: '.artifacts/card-wizard-photo.png', fullPage: true });
  await page.getByRole('button', { name: '下一步' }).click();

  // Step 3: the confirmation is required.
  await expect(page.getByRole('img', { name: '申请使用的证件照' })).toBeVisible();
  await page.getByRole('button', { name: '申请会员卡' }).click();
  await expect(page.getByText('请确认以上信息无误')).toBeVisible();
  await page.getByRole('checkbox', { name: '以上信息确认无误' }).check();
  await page.getByRole('button', { name: '申请会员卡' }).click();
  await expect(page.getByText('已提交成功')).toBeVisible();
  const heading = page.getByRole('heading', { name: /^会员卡申请 KS\d{6}/ });
  await expect(heading).toBeVisible();
  return /KS\d{6}/.exec((await heading.textContent()) ?? '')![0];
}

/** The officer finds the application in the queue and takes it from 待审核 to 已领取. */
async function officerCompletes(staff: Page, number: string) {
  await staff.goto('/admin/cards');
  await staff.getByRole('textbox', { name: '搜索' }).fill(number);
  await staff.getByRole('button', { name: /查\s*询/ }).click();
  await staff.getByRole('link', { name: number }).click();
  await expect(staff.getByRole('heading', { name: new RegExp(number) })).toBeVisible();
  await expect(staff.getByText(lawyer.name).first()).toBeVisible();
  for (const step of STEPS) {
    await staff.getByRole('button', { name: step, exact: true }).click();
    await expect(staff.getByText(`已${step}`, { exact: true }).first()).toBeVisible();
  }
  await expect(staff.getByRole('button', { name: '领取', exact: true })).toHaveCount(0);
  await staff.screenshot({ path: '.artifacts/card-office-detail.png', fullPage: true });
}

test.describe.configure({ mode: 'serial' });

test('first card applied for, made and collected; reported lost; a lost-card application replaces it and the old card is void', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, 'E2E-Cards-2026');
  await page.getByRole('link', { name: '会员卡', exact: true }).click();
  await expect(page.getByRole('heading', { name: '申请会员卡' })).toBeVisible();
  // Without a card, only the first application is open, and the page says why.
  await expect(page.getByRole('button', { name: '遗失申请' })).toBeDisabled();
  await expect(page.getByText('只有在“会员卡管理”中挂失后，才能申请遗失补卡')).toBeVisible();
  await expect(page.getByRole('button', { name: '换卡申请' })).toBeDisabled();
  await page.getByRole('button', { name: '首次申请会员卡' }).click();
  await expect(page.getByRole('heading', { name: '首次申请会员卡' })).toBeVisible();
  const first = await applyThroughWizard(page);
  await expect(page.getByText('待审核').first()).toBeVisible();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, '/admin/login', officer.login, officer.password);
  await changeInitialPassword(staff, officer.password, 'E2E-Cards-Staff-2026');
  await staff.getByRole('menuitem', { name: /会员卡办理/ }).click();
  await expect(staff.getByRole('heading', { name: '会员卡办理' })).toBeVisible();
  // Accept it in bulk from the 待审核 tab, then walk the rest on its page.
  await staff.getByRole('tab', { name: /^待审核/ }).click();
  const row = staff.getByRole('row', { name: new RegExp(first) });
  await row.getByRole('checkbox').check();
  await staff.screenshot({ path: '.artifacts/card-office-queue.png', fullPage: true });
  await staff.getByRole('button', { name: '批量受理' }).click();
  await staff.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByText('已办理 1 份申请')).toBeVisible();
  await staff.getByRole('tab', { name: /^已受理/ }).click();
  await staff.getByRole('link', { name: first }).click();
  for (const step of STEPS.slice(1)) {
    await staff.getByRole('button', { name: step, exact: true }).click();
    await expect(staff.getByText(`已${step}`, { exact: true }).first()).toBeVisible();
  }

  // The lawyer sees the card, and reports it lost.
  await page.reload();
  await expect(page.getByText('已领取').first()).toBeVisible();
  await page.goto('/cards/manage');
  await expect(page.getByRole('heading', { name: '会员卡管理' })).toBeVisible();
  const cardNumber = (await page
    .getByText(/^HY\d{8}$/)
    .first()
    .textContent())!;
  await expect(page.getByText('正常', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '挂失', exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已挂失', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '激活', exact: true })).toBeVisible();
  await page.getByRole('link', { name: '去申请补卡' }).click();
  await expect(page.getByRole('heading', { name: '遗失申请' })).toBeVisible();
  const lost = await applyThroughWizard(page);

  // The officer completes the lost-card application: the new card is in use, the old one void.
  await officerCompletes(staff, lost);
  await page.goto('/cards/manage');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: cardNumber })).toContainText('已作废');
  await expect(rows.filter({ hasText: '正常' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '激活', exact: true })).toHaveCount(0);
  await page.screenshot({ path: '.artifacts/card-management.png', fullPage: true });

  // The printed application form.
  await page.goto('/cards');
  const lostRow = page.getByRole('row', { name: new RegExp(lost) });
  await expect(lostRow).toContainText('已领取');
  const href = await lostRow.getByRole('link', { name: '打印申请单' }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  mkdirSync('.artifacts', { recursive: true });
  writeFileSync('.artifacts/card-application.pdf', await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', '.artifacts/card-application.pdf', '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('会员卡申请表');
  expect(text).toContain(lost);
  expect(text).toContain('遗失申请');
  expect(text).toContain(lawyer.name);
  expect(text).toContain(cardNumber);
  await staffContext.close();
});
