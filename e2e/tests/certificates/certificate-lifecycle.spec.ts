import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoOrganisation } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose } from '../../support/form-steps.ts';

const firm = demoOrganisation(2);
const reviewer = E2E_STAFF.certificateReviewer;
const LAWYERS = ['朱丽娟（14419201998010012）', '胡振华（14419202003110013）'];

async function lookUp(page: Page, number: string) {
  await page.goto('/verify');
  await expect(page.getByRole('heading', { name: '电子证明验证' })).toBeVisible();
  await page.getByRole('textbox', { name: '证明编号' }).fill(number);
  await page.getByRole('button', { name: '查询' }).click();
}

test.describe.configure({ mode: 'serial' });

test('a firm applies for a named-lawyer certificate with paper copies by mail; a reviewer approves; the firm downloads and mails it; a visitor verifies it; staff revoke it', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, '/login', firm.login, firm.password);
  await changeInitialPassword(page, firm.password, 'E2E-Firm-Cert-2026');
  await page.getByRole('link', { name: '电子证明', exact: true }).click();
  await expect(page.getByRole('heading', { name: '我的证明' })).toBeVisible();
  await page.getByRole('button', { name: '我要申请' }).click();

  // 1 信息确认 → 2 选择证明类型, with the template's preview.
  await expect(page.getByText(firm.name).first()).toBeVisible();
  await page.getByRole('button', { name: '信息无误，下一步' }).click();
  await page.getByRole('button', { name: '下一步：填写信息' }).click();
  await expect(page.getByText('请选择证明类型')).toBeVisible();
  await page.getByRole('radio', { name: /^律师执业证明/ }).check();
  await expect(page.getByRole('article', { name: '模板预览' })).toContainText('【律师名单】');
  await page.getByRole('button', { name: '下一步：填写信息' }).click();

  // 3 信息填写: lawyers from the firm's roster, two paper copies by mail (address first forgotten).
  await page.getByLabel('用途').fill('参加东江市政府采购项目投标');
  await page.getByLabel('联系邮箱').fill('office@zhengheng-law.example.cn');
  for (const lawyer of LAWYERS) await choose(page, '选择律师', lawyer);
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: '需要', exact: true }).check();
  await page.getByLabel('申请数量').fill('2');
  await page.getByRole('radio', { name: '邮寄', exact: true }).check();
  await page.getByLabel('收件人', { exact: true }).fill('朱丽娟');
  await page.getByLabel('收件人电话').fill('13800138012');
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await expect(page.getByText('请填写收件地址')).toBeVisible();
  await page.getByLabel('收件地址').fill('东江市南城区鸿福路 88 号正衡大厦 12 楼');
  await page.getByRole('button', { name: '下一步', exact: true }).click();

  // 4 证明预览, exactly the text that will be issued; the review mode under the button.
  const preview = page.getByRole('article', { name: '证明预览' });
  await expect(preview).toContainText('朱丽娟');
  await expect(preview).toContainText('参加东江市政府采购项目投标');
  await expect(page.getByText(/人工审核/).first()).toBeVisible();
  await page.getByRole('button', { name: '确认信息无误，提交申请' }).click();
  await expect(page.getByText('申请已提交')).toBeVisible();
  await page.getByRole('button', { name: '查看证明' }).click();
  await expect(page.getByText('待审核').first()).toBeVisible();
  const applicationNo = /SQ\d{6}/.exec(await page.locator('body').innerText())![0];

  // The reviewer approves and records the mailing.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, '/admin/login', reviewer.login, reviewer.password);
  await changeInitialPassword(staff, reviewer.password, 'E2E-Certs-Staff-2026');
  await staff.getByRole('menuitem', { name: /证明审核/ }).click();
  await staff.getByRole('tab', { name: /^待审核/ }).click();
  await staff.getByRole('link', { name: applicationNo }).click();
  await staff.getByRole('button', { name: '审核通过' }).click();
  await staff.getByRole('button', { name: '确定' }).click();
  await expect(staff.getByText('已通过').first()).toBeVisible();
  await choose(staff, '纸质证明状态', '已寄出');
  await staff.getByRole('button', { name: '保存纸质证明状态' }).click();
  await expect(staff.getByText('请填写快递单号')).toBeVisible();
  await staff.getByLabel('快递单号').fill('SF1234567890');
  await staff.getByRole('button', { name: '保存纸质证明状态' }).click();
  await expect(staff.getByText('SF1234567890').first()).toBeVisible();

  // The firm sees it approved and mailed, downloads it and sends it on.
  await page.reload();
  await expect(page.getByText('已通过').first()).toBeVisible();
  await expect(page.getByText('SF1234567890').first()).toBeVisible();
  const href = await page.getByRole('link', { name: '下载证明' }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  mkdirSync('.artifacts', { recursive: true });
  writeFileSync('.artifacts/certificate.pdf', await pdf.body());
  const text = execFileSync('pdftotext', ['.artifacts/certificate.pdf', '-'], { encoding: 'utf8' });
  const number = /ZM\d{10}/.exec(text)![0];
  expect(text).toContain(firm.name);
  expect(text).toContain('朱丽娟');
  expect(execFileSync('pdfsig', ['.artifacts/certificate.pdf'], { encoding: 'utf8' })).toContain(
    'Signature is Valid',
  );
  await page.getByRole('button', { name: '发送邮箱' }).click();
  const dialog = page.getByRole('dialog', { name: '发送邮箱' });
  await dialog.getByLabel('电子邮箱').fill('tender@buyer.example.cn');
  await dialog.getByRole('button', { name: '发送' }).click();
  await expect(page.getByText('已加入发送队列：tender@buyer.example.cn')).toBeVisible();
  await page.screenshot({ path: '.artifacts/certificate-detail.png', fullPage: true });
  await staff.getByRole('menuitem', { name: /邮件发件箱/ }).click();
  await expect(async () => {
    await staff.getByRole('button', { name: '刷新' }).click();
    await expect(
      staff.getByRole('row').filter({ hasText: 'tender@buyer.example.cn' }),
    ).toContainText('已发送', { timeout: 1000 });
  }).toPass();

  // A visitor, not signed in, checks it by number and by the file.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await lookUp(visitor, number);
  const result = visitor.getByRole('region', { name: '验证结果' });
  await expect(result).toContainText('真实有效');
  await expect(result).toContainText(firm.name);
  await visitor.getByLabel('上传证明文件').setInputFiles('.artifacts/certificate.pdf');
  await expect(visitor.getByText('该文件是本会签发的电子证明原件')).toBeVisible();
  await visitor.screenshot({ path: '.artifacts/verify.png', fullPage: true });

  // Staff revoke it; verification says so at once.
  await staff.goBack();
  await staff.getByRole('button', { name: '撤销证明' }).click();
  const revoke = staff.getByRole('dialog', { name: '撤销证明' });
  await revoke.getByLabel('撤销原因').fill('所列律师信息有误，重新申请');
  await revoke.getByRole('button', { name: '确认撤销' }).click();
  await expect(staff.getByText('已撤销').first()).toBeVisible();
  await visitor.goto(`/verify/${number}`);
  await expect(visitor.getByRole('region', { name: '验证结果' })).toContainText('已撤销');
  await expect(visitor.getByText('所列律师信息有误，重新申请').first()).toBeVisible();
  await staffContext.close();
  await visitorContext.close();
});
