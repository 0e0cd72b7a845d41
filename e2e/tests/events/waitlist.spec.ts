import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { at, createAndPublishEvent, inMinutes } from '../../support/event-steps.ts';
import { openNavEntry, openNavEntryOnPhone } from '../../support/nav-steps.ts';

// 候补 (SPEC §2.4, manual §4.1): an event of one place that keeps a waitlist. Lawyer A takes the
// place, lawyer B joins the waitlist (候补第 1 位); A cancels, the place is offered to B at once
// (候补名额待确认, on the home page's work items and on the event's page); B accepts and holds it.
// The lawyers are 公职律师 / 法律援助律师 of the 司法局 office, whom no other flow signs in as.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

type Width = 'desktop' | 'phone';

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** A lawyer's own browser, signed in for the first time (the initial password changed). */
async function lawyerPage(browser: Browser, index: number, width: Width) {
  const lawyer = demoLawyer(index);
  const context = await browser.newContext(width === 'phone' ? PHONE : {});
  const page = await context.newPage();
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, `E2E-Waitlist-${index}-2026`);
  await expect(page.getByRole('main')).toContainText(lawyer.name);
  return { page, lawyer, seed: DEMO_LAWYERS[index]! };
}

async function openNav(page: Page, name: string, width: Width) {
  if (width === 'phone') await openNavEntryOnPhone(page, name);
  else await openNavEntry(page, name);
}

/** From 活动报名, the event's 我要报名 (its card's button), then the 报名表, submitted. */
async function registerFromList(
  member: Awaited<ReturnType<typeof lawyerPage>>,
  title: string,
  width: Width,
  expected: { places: RegExp; button: RegExp; toast: string },
) {
  const { page, lawyer, seed } = member;
  await openNav(page, '活动报名', width);
  await expect(page.getByRole('heading', { name: '活动报名', level: 1 })).toBeVisible();
  const card = page
    .getByRole('list', { name: '活动列表' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(card).toContainText(expected.places);
  if (width === 'phone') await expectNoOverflow(page);
  await card.getByRole('button', { name: `我要报名：${title}` }).click();

  await expect(page.getByRole('heading', { name: `报名参与活动 ${title}` })).toBeVisible();
  await expect(page.getByRole('button', { name: expected.button })).toBeVisible();
  await expect(page.getByRole('heading', { name: '报名表' })).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue(lawyer.name);
  await page.getByRole('radio', { name: seed.gender === 'MALE' ? '男' : '女' }).check();
  await page.getByLabel('手机号码').fill(seed.mobile);
  await page.getByLabel('电子邮箱').fill(seed.email);
  if (width === 'phone') await expectNoOverflow(page);
  await page.getByRole('button', { name: '提交报名申请' }).click();
  await expect(page.getByText(expected.toast, { exact: true })).toBeVisible();
}

async function waitlistFlow(
  browser: Browser,
  staff: Page,
  options: {
    officer: (typeof E2E_STAFF)[keyof typeof E2E_STAFF];
    title: string;
    lawyers: [number, number];
    width: Width;
  },
) {
  const { officer, title, width } = options;

  // The events officer: one place, 允许候补, registration open from now for 3 days.
  await signIn(staff, '/admin/login', officer.login, officer.password);
  await changeInitialPassword(staff, officer.password, 'E2E-Waitlist-Staff-2026');
  await createAndPublishEvent(staff, {
    title,
    capacity: 1,
    eventTime: [at(5, '09:00'), at(5, '12:00')],
    registrationTime: [inMinutes(-1), inMinutes(3 * 24 * 60)],
    scope: ['公职律师', '法律援助律师'],
    waitlist: true,
  });

  // Lawyer A takes the only place.
  const a = await lawyerPage(browser, options.lawyers[0], width);
  await registerFromList(a, title, width, {
    places: /还剩 1 个名额/,
    button: /^我要报名（还剩 1 个名额）$/,
    toast: '报名成功',
  });
  await expect(a.page.getByText('您已经报名此活动')).toBeVisible();

  // Lawyer B finds it full and joins the waitlist, first in line.
  const b = await lawyerPage(browser, options.lawyers[1], width);
  await registerFromList(b, title, width, {
    places: /已报满（可候补）/,
    button: /^加入候补$/,
    toast: '名额已满，已加入候补（候补第 1 位）',
  });
  const bMine = b.page.getByRole('region', { name: '我的报名' });
  await expect(bMine.getByText('候补中：候补第 1 位')).toBeVisible();
  await expect(bMine).toContainText('候补中');
  // A waitlist entry holds no place: no 签到码 yet.
  await expect(b.page.getByRole('group', { name: '签到码' })).toHaveCount(0);
  if (width === 'phone') await expectNoOverflow(b.page);

  // A cancels (取消报名, confirmed): the place goes to B in the same step.
  await a.page.getByRole('button', { name: '取消报名' }).click();
  const confirm = a.page.getByRole('dialog').filter({ hasText: '确定取消本次活动报名吗' });
  await confirm.getByRole('button', { name: '确定取消报名' }).click();
  await expect(a.page.getByText('已取消报名', { exact: true })).toBeVisible();
  await expect(a.page.getByRole('region', { name: '我的报名' })).toContainText('已取消');
  await expect(a.page.getByText('您已经报名此活动')).toHaveCount(0);

  // B: the offer waits among the home page's work items…
  await openNav(b.page, '首页', width);
  const offer = `候补名额待确认：${title}`;
  await expect(b.page.getByText(offer, { exact: true })).toBeVisible();
  await expect(b.page.getByText(/逾期名额将顺延给下一位/).first()).toBeVisible();
  if (width === 'phone') await expectNoOverflow(b.page);
  await b.page.getByRole('button', { name: `前往办理：${offer}` }).click();

  // …and on the event's page, with its deadline and 确认报名.
  await expect(b.page.getByRole('heading', { name: `报名参与活动 ${title}` })).toBeVisible();
  await expect(bMine.getByText(/^候补名额待确认：请在 .+ 之前确认$/).first()).toBeVisible();
  await expect(bMine).toContainText('候补待确认');
  if (width === 'phone') await expectNoOverflow(b.page);
  await bMine.getByRole('button', { name: '确认报名' }).click();
  await expect(b.page.getByText('已确认报名', { exact: true })).toBeVisible();
  await expect(b.page.getByText('您已经报名此活动')).toBeVisible();
  await expect(bMine).toContainText('已报名');
  await expect(bMine.getByRole('button', { name: '确认报名' })).toHaveCount(0);
  await expect(b.page.getByRole('group', { name: '签到码' })).toContainText(/\d{6}/);
  if (width === 'phone') await expectNoOverflow(b.page);
  await b.page.screenshot({ path: `.artifacts/event-offer-accepted-${width}.png`, fullPage: true });

  // Staff see the same in 报名名单: A cancelled, B holding the place, nobody waiting.
  await staff.reload();
  const list = staff.getByRole('table', { name: /报名名单/ });
  await expect(list.getByRole('row').filter({ hasText: a.lawyer.name })).toContainText('已取消');
  await expect(list.getByRole('row').filter({ hasText: b.lawyer.name })).toContainText('已报名');
  await expect(staff.getByRole('tab', { name: '候补中 (0)' })).toBeVisible();

  await a.page.context().close();
  await b.page.context().close();
}

test('a lawyer on the waitlist is offered the place another cancels and accepts it', async ({
  browser,
  page,
}) => {
  // Three first sign-ins (argon2 and a password change each) on a loaded 2-core machine.
  test.setTimeout(180_000);
  await waitlistFlow(browser, page, {
    officer: E2E_STAFF.waitlistOfficer,
    title: '2026 年知识产权诉讼实务讲座',
    lawyers: [18, 19],
    width: 'desktop',
  });
});

test('on a phone, a lawyer on the waitlist is offered the place another cancels and accepts it', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  await waitlistFlow(browser, page, {
    officer: E2E_STAFF.waitlistPhoneOfficer,
    title: '2026 年劳动争议调解实务讲座',
    lawyers: [20, 21],
    width: 'phone',
  });
});
