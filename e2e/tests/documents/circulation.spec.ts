import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose, fillFields } from '../../support/form-steps.ts';
import { openNavEntryOnPhone } from '../../support/nav-steps.ts';

// 我的公文 (manual §4.3, issue 13), as the clerk and the lawyers do it: the clerk issues a document
// with an attachment to 全部法律援助律师 (孙静, 谢宏伟) and two named lawyers; 曾晓雯 finds it
// unread on the home page, opens it, downloads the attachment and follows it; 彭家豪 gives
// feedback on a phone; 曾晓雯 is told; the clerk's 传阅情况 shows who has not read it. The lawyers
// who sign in here (曾晓雯, 彭家豪) are signed in by no other flow.

const SCAN = path.resolve(import.meta.dirname, '../../fixtures/licence-scan.pdf');
const TITLE = '关于做好年度执业考核材料报送工作的通知';

async function lawyerPage(browser: Browser, index: number, phone = false) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  const lawyer = demoLawyer(index);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, `E2E-Docs-${index}-2026`);
  await expect(page.getByRole('main')).toContainText(lawyer.name);
  return { page, lawyer };
}

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the clerk circulates a document; lawyers read, download, follow and give feedback; the clerk sees who read it', async ({
  page,
  browser,
}) => {
  // Three first sign-ins (argon2 and a password change each) on a loaded 2-core machine.
  test.setTimeout(240_000);
  const clerk = E2E_STAFF.documentsClerk;
  const follower = demoLawyer(22);
  const writer = demoLawyer(23);
  const sun = demoLawyer(9);
  const xie = demoLawyer(20);
  await signIn(page, '/admin/login', clerk.login, clerk.password);
  await changeInitialPassword(page, clerk.password, 'E2E-Docs-2026');

  await page.getByRole('menuitem', { name: '公文管理' }).click();
  await page.getByRole('menuitem', { name: '公文列表' }).click();
  await page.getByRole('button', { name: '拟稿' }).click();

  // An empty form is refused with the shared schema's messages, on their fields.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('请填写公文编号')).toBeVisible();
  await expect(page.getByText('请添加传阅对象')).toBeVisible();

  await fillFields(page, {
    公文编号: '东律协〔2026〕88号',
    来文单位: '东江市律师协会',
    公文标题: TITLE,
    主题词: '年度考核 材料报送',
    正文: '各位律师：\n请于本月底前通过平台报送年度执业考核材料。\n逾期未报送的，按有关规定处理。',
  });
  await page.getByLabel('发文日期').fill('2026-11-28');
  await page.getByLabel('发文日期').press('Enter');
  await page.getByLabel('收文日期').fill('2026-11-29');
  await page.getByLabel('收文日期').press('Enter');
  await choose(page, '保密等级', '内部');
  await choose(page, '传阅对象', '按执业类别');
  await choose(page, '执业类别', '全部法律援助律师');
  await page.getByRole('button', { name: '添加传阅对象' }).click();
  for (const person of [follower, writer]) {
    await choose(page, '传阅对象', '指定人员');
    await page.getByRole('combobox', { name: '人员', exact: true }).fill(person.name);
    // The person's name with licence number and organisation, as the search found them.
    await page
      .getByTitle(new RegExp(`^${person.name}（`))
      .filter({ visible: true })
      .last()
      .click({ timeout: 10_000 });
    await page.getByRole('button', { name: '添加传阅对象' }).click();
  }
  const added = page.getByRole('list', { name: '已添加的传阅对象' });
  await expect(added).toContainText('全部法律援助律师');
  await expect(added).toContainText(follower.name);
  await expect(added).toContainText(writer.name);
  await page.getByRole('button', { name: '保存草稿' }).click();

  // The draft's page: attach the file, then publish.
  await expect(page).toHaveURL(/\/admin\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await page
    .getByRole('button', { name: '上传附件' })
    .locator('..')
    .locator('input[type=file]')
    .setInputFiles(SCAN);
  await expect(page.getByRole('link', { name: 'licence-scan.pdf' })).toBeVisible();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page
    .getByRole('dialog', { name: '发布公文' })
    .getByRole('button', { name: '发布' })
    .click();
  await expect(page.getByText('传阅给：全部法律援助律师（已阅 0 / 共 2）')).toBeVisible();
  await expect(page.getByText(`传阅给：${follower.name}（已阅 0 / 共 1）`)).toBeVisible();

  // 曾晓雯: unread on the home page, opens it, downloads the file, follows it.
  const followerSide = await lawyerPage(browser, 22);
  const home = followerSide.page;
  await home.getByRole('button', { name: '前往办理：未读公文' }).click();
  await expect(home.getByRole('heading', { name: '我的公文', level: 1 })).toBeVisible();
  const row = home.getByRole('row').filter({ hasText: TITLE });
  await expect(row).toContainText('未读');
  await row.getByRole('button', { name: /查看/ }).click();
  await expect(home.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(home.getByRole('main')).toContainText('东律协〔2026〕88号');
  await expect(home.getByRole('main')).toContainText('请于本月底前通过平台报送年度执业考核材料。');
  const download = home.waitForEvent('download');
  await home.getByRole('link', { name: 'licence-scan.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('licence-scan.pdf');
  await home.getByRole('button', { name: '关注', exact: true }).click();
  await expect(home.getByRole('button', { name: '取消关注' })).toBeVisible();

  // 彭家豪, on a phone: the document, then feedback.
  const writerSide = await lawyerPage(browser, 23, true);
  const phone = writerSide.page;
  await openNavEntryOnPhone(phone, '我的公文');
  await expect(phone.getByRole('heading', { name: '我的公文', level: 1 })).toBeVisible();
  await expectNoOverflow(phone);
  await phone
    .getByRole('list', { name: '公文列表' })
    .getByRole('listitem')
    .filter({ hasText: TITLE })
    .getByRole('button', { name: /查看/ })
    .click();
  await expect(phone.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expectNoOverflow(phone);
  await phone.getByRole('button', { name: '提交反馈' }).click();
  await expect(phone.getByText('请填写反馈内容')).toBeVisible();
  await phone.getByLabel('反馈内容').fill('已收到，本人将按时报送考核材料。');
  await phone.getByRole('button', { name: '提交反馈' }).click();
  await expect(phone.getByText('反馈已提交')).toBeVisible();
  await expect(phone.getByRole('region', { name: '反馈情况' })).toContainText(
    '已收到，本人将按时报送考核材料。',
  );

  // 曾晓雯 follows it: a notice of the new feedback.
  await home.goto('/notifications');
  await expect(home.getByRole('main')).toContainText(`公文有新的反馈：${TITLE}`);

  // The clerk: who has read it, and who has not.
  await page.reload();
  await expect(page.getByText('传阅给：全部法律援助律师（已阅 0 / 共 2）')).toBeVisible();
  await expect(page.getByText(`传阅给：${follower.name}（已阅 1 / 共 1）`)).toBeVisible();
  await expect(page.getByText(`传阅给：${writer.name}（已阅 1 / 共 1）`)).toBeVisible();
  const unreadOnly = page.getByRole('checkbox', { name: '只看未读' });
  await unreadOnly.click();
  await expect(page).toHaveURL(/unread=true/);
  await expect(unreadOnly).toBeChecked();
  const recipients = page.getByRole('table').filter({ hasText: '阅读时间' });
  await expect(recipients).toContainText(sun.name);
  await expect(recipients).toContainText(xie.name);
  await expect(recipients).not.toContainText(writer.name);
  await expect(
    page.getByRole('region', { name: '反馈情况' }).or(page.getByRole('main')),
  ).toContainText('已收到，本人将按时报送考核材料。');
  await followerSide.page.context().close();
  await writerSide.page.context().close();
});
