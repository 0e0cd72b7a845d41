import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { openNavEntry } from '../../support/nav-steps.ts';

// 活动报名 as a lawyer does it (manual §4.1): find an event open now, register with a file, see
// the registration and its 签到码, find it under 我已报名的活动, cancel it. Needs a demo event
// that is open to 专职律师, has places left and closes more than 24 hours from now (取消报名 is
// allowed until then).

const SCAN = path.resolve(import.meta.dirname, '../../fixtures/licence-scan.pdf');

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function registerAndCancel(
  page: Page,
  index: number,
  newPassword: string,
  width: 'phone' | 'desktop',
) {
  const lawyer = demoLawyer(index);
  const seed = DEMO_LAWYERS[index]!;
  const phone = width === 'phone';
  const checkWidth = async () => {
    if (phone) await expectNoOverflow(page);
  };

  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, newPassword);
  await expect(page.getByRole('main')).toContainText(lawyer.name);
  if (phone) {
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    await page.getByRole('menuitem', { name: '活动报名' }).click();
  } else {
    await openNavEntry(page, '活动报名');
  }
  await expect(page.getByRole('heading', { name: '活动报名', level: 1 })).toBeVisible();
  await expect(page.getByText('通过本页面完成活动的报名、取消、请假等事项')).toBeVisible();
  await expect(page.getByRole('tab', { name: '正在报名的活动' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // An event with places left; its card says so and offers 我要报名.
  const list = page.getByRole('list', { name: '活动列表' });
  const card = list
    .getByRole('listitem')
    .filter({ hasText: /还剩 \d+ 个名额/ })
    .filter({ has: page.getByRole('button', { name: /^我要报名/ }) })
    .first();
  await expect(card).toContainText('报名范围：');
  await expect(card).toContainText('（报满即止）');
  const title = (await card.getByRole('heading').innerText()).trim();
  await checkWidth();
  await card.getByRole('link', { name: title, exact: true }).click();

  // The event's page: its rules, then the form behind 我要报名.
  await expect(page.getByRole('heading', { name: `报名参与活动 ${title}` })).toBeVisible();
  await expect(page.getByText(/^本次活动报名仅对“.+”开放。$/)).toBeVisible();
  await expect(page.getByText(/^本次活动每人限报 \d+ 个/)).toContainText('之前进行取消报名操作');
  await checkWidth();
  await page.getByRole('button', { name: /^我要报名（还剩 \d+ 个名额）$/ }).click();
  await expect(page.getByRole('heading', { name: '报名表' })).toBeVisible();
  // Prefilled from the lawyer's own data.
  await expect(page.getByLabel('姓名')).toHaveValue(lawyer.name);
  await expect(page.getByLabel('工作单位')).not.toHaveValue('');
  await page.getByRole('radio', { name: seed.gender === 'MALE' ? '男' : '女' }).check();
  await page.getByLabel('手机号码').fill(seed.mobile);
  await page.getByLabel('电子邮箱').fill(seed.email);
  await page.getByLabel('附件（可上传多个文件）').setInputFiles(SCAN);
  await expect(page.getByText('licence-scan.pdf')).toBeVisible();
  await checkWidth();
  await page.getByRole('button', { name: '提交报名申请' }).click();

  await expect(page.getByText('报名成功', { exact: true })).toBeVisible();
  await expect(page.getByText('您已经报名此活动')).toBeVisible();
  // A table on a wide screen, a card each on a phone.
  const mine = page.getByRole('region', { name: '我的报名' });
  await expect(mine).toContainText(lawyer.name);
  await expect(mine).toContainText('已报名');
  await expect(page.getByRole('group', { name: '签到码' })).toContainText(/\d{6}/);
  await expect(page.getByRole('link', { name: 'licence-scan.pdf' })).toBeVisible();
  // Registered, the lawyer is offered no second registration.
  await expect(page.getByRole('button', { name: /^我要报名/ })).toHaveCount(0);
  const calendar = await page.getByRole('link', { name: '下载日历' }).getAttribute('href');
  const ics = await page.request.get(calendar!);
  expect(ics.ok()).toBe(true);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  await checkWidth();
  await page.screenshot({ path: `.artifacts/event-registered-${width}.png`, fullPage: true });

  // 我已报名的活动 lists it with the lawyer's state.
  await page.getByRole('link', { name: '返回活动报名' }).click();
  await page.getByRole('tab', { name: '我已报名的活动' }).click();
  await expect(page).toHaveURL(/tab=mine/);
  const registered = page
    .getByRole('list', { name: '活动列表' })
    .getByRole('listitem')
    .filter({ hasText: title });
  await expect(registered).toContainText('已报名');
  await checkWidth();
  await registered.getByRole('button', { name: /^查看/ }).click();

  // 取消报名, after a confirmation.
  await expect(page.getByRole('heading', { name: `报名参与活动 ${title}` })).toBeVisible();
  await page.getByRole('button', { name: '取消报名' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确定取消本次活动报名吗' });
  await confirm.getByRole('button', { name: '确定取消报名' }).click();
  await expect(page.getByText('已取消报名', { exact: true })).toBeVisible();
  await expect(mine).toContainText('已取消');
  await expect(page.getByText('您已经报名此活动')).toHaveCount(0);
  await expect(page.getByRole('group', { name: '签到码' })).toHaveCount(0);
  // The place is free again, for this lawyer too.
  await expect(page.getByRole('button', { name: /^我要报名（还剩 \d+ 个名额）$/ })).toBeVisible();
  await checkWidth();
}

test('a lawyer registers for an open event with an attachment and cancels it', async ({ page }) => {
  test.setTimeout(120_000);
  await registerAndCancel(page, 12, 'E2E-Events-2026', 'desktop');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a lawyer registers for an open event with an attachment and cancels it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await registerAndCancel(page, 13, 'E2E-Events-Phone-2026', 'phone');
  });
});
