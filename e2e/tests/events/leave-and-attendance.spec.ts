import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import type { EventInput, MemberRegistration, StaffEvent } from '@lx/shared/event-schemas';
import type { Roster } from '@lx/shared/roster-schemas';
import { csrfHeaders, firstSignInThroughApi } from '../../support/api-session.ts';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer, demoOrganisation } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose } from '../../support/form-steps.ts';
import { openNavEntry } from '../../support/nav-steps.ts';

// 请假 and 签到 (SPEC §2.4, manual §4.1.3): a registered lawyer asks for leave once registration
// has closed and staff approve it; staff take attendance at the door (by ticking and by the
// member's 签到码) and close it, which makes whoever did not come a no-show.

const SCAN = path.resolve(import.meta.dirname, '../../fixtures/licence-scan.pdf');

test('a lawyer asks for leave from an event whose registration has closed, and staff approve it', async ({
  browser,
  page,
}) => {
  // Two first sign-ins (argon2 and a password change each) on a loaded 2-core machine.
  test.setTimeout(180_000);
  // The demo event whose registration closed 6 hours ago and starts in 3 days; 陈建国 is
  // registered for it, and no other flow signs in as him.
  const title = '律师职业道德与执业纪律研讨会';
  const lawyer = demoLawyer(0);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, 'E2E-Leave-2026');
  await expect(page.getByRole('main')).toContainText(lawyer.name);

  await openNavEntry(page, '活动报名');
  await page.getByRole('tab', { name: '我已报名的活动' }).click();
  const card = page
    .getByRole('list', { name: '活动列表' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(card).toContainText('已报名');
  await card.getByRole('button', { name: `查看：${title}` }).click();
  await expect(page.getByRole('heading', { name: `报名参与活动 ${title}` })).toBeVisible();

  // Past the cancel deadline, 取消报名 stays in sight, disabled, with the way out: 请假.
  const mine = page.getByRole('region', { name: '我的报名' });
  await expect(mine.getByRole('button', { name: '取消报名' })).toBeDisabled();
  await expect(mine.getByText(/^取消报名需在 .+如不能参加，请在报名截止后申请请假$/)).toBeVisible();
  await mine.getByRole('button', { name: '请假', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: '活动请假个人申请' });
  await expect(dialog).toContainText(title);
  await expect(dialog).toContainText(lawyer.name);
  // Without a reason or a file, the form asks for both (the attachment is required, as the API
  // requires it) before anything is sent.
  await dialog.getByRole('button', { name: '请假', exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: '请假原因' })).toHaveAccessibleDescription(
    '请选择请假原因',
  );
  const noFile = dialog.getByText('请上传请假附件', { exact: true });
  await expect(noFile).toBeVisible();
  await choose(page, '请假原因', '工作冲突');
  await dialog.getByLabel('说明', { exact: true }).fill('当日需出庭应诉，附开庭传票。');
  await dialog.getByLabel('请假附件').setInputFiles(SCAN);
  await expect(noFile).toHaveCount(0);
  await expect(dialog.getByText('licence-scan.pdf')).toBeVisible();
  await dialog.getByRole('button', { name: '请假', exact: true }).click();
  await expect(page.getByText('请假申请已提交，请等待审核', { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(mine).toContainText('请假（工作冲突）');
  await expect(mine).toContainText('待审核');
  await expect(mine.getByRole('link', { name: 'licence-scan.pdf' })).toBeVisible();
  // One request at a time: while staff decide, there is no second 请假.
  await expect(mine.getByRole('button', { name: '请假', exact: true })).toHaveCount(0);

  // The events officer, in the console: 活动管理 → 请假审核.
  const officer = E2E_STAFF.leaveOfficer;
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, '/admin/login', officer.login, officer.password);
  await changeInitialPassword(staff, officer.password, 'E2E-Leave-Staff-2026');
  await staff.getByRole('menuitem', { name: '活动管理' }).click();
  await staff.getByRole('menuitem', { name: '请假审核' }).click();
  await expect(staff.getByRole('heading', { name: '请假审核' })).toBeVisible();
  const request = staff
    .getByRole('table', { name: /请假申请/ })
    .getByRole('row')
    .filter({ hasText: lawyer.name })
    .filter({ hasText: title });
  await expect(request).toContainText('工作冲突');
  await expect(request).toContainText('当日需出庭应诉，附开庭传票。');
  await expect(request).toContainText('待审核');
  await expect(request.getByRole('link', { name: 'licence-scan.pdf' })).toBeVisible();
  await request.getByRole('button', { name: `批准：${lawyer.name}` }).click();
  const approve = staff.getByRole('dialog', { name: '批准请假' });
  await approve.getByLabel('审核意见').fill('同意，请做好工作交接。');
  await approve.getByRole('button', { name: '确认批准' }).click();
  await expect(staff.getByText('已批准请假', { exact: true })).toBeVisible();
  await expect(approve).toBeHidden();
  await expect(request).toContainText('已批准');
  await expect(request.getByRole('button', { name: `批准：${lawyer.name}` })).toHaveCount(0);

  // The lawyer: the decision among the home page's work items, then on the event's page.
  await openNavEntry(page, '首页');
  const decided = `请假申请已批准：${title}`;
  await expect(page.getByText(decided, { exact: true })).toBeVisible();
  await expect(page.getByText('审核意见：同意，请做好工作交接。')).toBeVisible();
  await page.getByRole('button', { name: `查看：${decided}` }).click();
  await expect(page.getByRole('heading', { name: `报名参与活动 ${title}` })).toBeVisible();
  await expect(mine).toContainText('已请假');
  await expect(mine).toContainText('已批准');
  await expect(mine).toContainText('审核意见：同意，请做好工作交接。');
  await expect(mine.getByRole('button', { name: '请假', exact: true })).toHaveCount(0);
  await staff.context().close();
});

test('staff take attendance by ticking and by code, close it, and the one who did not come is absent', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const officer = E2E_STAFF.attendanceOfficer;
  const title = '2026 年公职律师履职能力培训';
  await signIn(page, '/admin/login', officer.login, officer.password);
  await changeInitialPassword(page, officer.password, 'E2E-Attendance-2026');
  await expect(page.getByRole('menuitem', { name: '活动管理' })).toBeVisible();

  // Set-up through the API. The officer publishes an event open now; the 司法局 office (whose
  // account no other flow uses) registers three of its lawyers; the officer then moves the
  // event to have begun an hour ago, registration closed before it (the times need only be in
  // order, as on the form).
  const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
  const staffHeaders = await csrfHeaders(page.request);
  const input: EventInput = {
    title,
    organiser: '东江市律师协会',
    location: '东江市司法局 5 楼会议室',
    startsAt: minutes(3 * 24 * 60),
    endsAt: minutes(3 * 24 * 60 + 180),
    registrationOpensAt: minutes(-60),
    registrationClosesAt: minutes(2 * 24 * 60),
    capacity: 10,
    perAccountLimit: 3,
    scopePractice: [],
    scopeOrganisations: ['PUBLIC_OFFICE'],
    attachmentsRequired: false,
    waitlist: false,
    offerHours: 12,
    trainingHours: 2,
    trainingKind: 'ONSITE',
  };
  const created = await page.request.post('/api/admin/events', {
    headers: staffHeaders,
    data: input,
  });
  expect(created.ok(), await created.text()).toBe(true);
  const eventId = ((await created.json()) as StaffEvent).id;
  const published = await page.request.post(`/api/admin/events/${eventId}/publish`, {
    headers: staffHeaders,
    data: {},
  });
  expect(published.ok(), await published.text()).toBe(true);

  const officeHeaders = await firstSignInThroughApi(
    request,
    demoOrganisation(4),
    'E2E-Office-Events-2026',
  );
  const roster = (await (await request.get('/api/organisation/lawyers')).json()) as Roster;
  const codes = new Map<string, string>();
  for (const name of ['宋晓峰', '郑雅琴', '韩冰']) {
    const lawyer = roster.lawyers.find((l) => l.name === name)!;
    const seed = DEMO_LAWYERS.find((l) => l.name === name)!;
    const registered = await request.post(`/api/events/${eventId}/registrations`, {
      headers: officeHeaders,
      multipart: {
        lawyerId: lawyer.id,
        name,
        gender: lawyer.gender,
        workplace: roster.organisationName,
        mobile: seed.mobile,
        email: seed.email,
      },
    });
    expect(registered.ok(), await registered.text()).toBe(true);
    const registration = (await registered.json()) as MemberRegistration;
    expect(registration.state).toBe('REGISTERED');
    codes.set(name, registration.checkInCode);
  }
  const current = (await (
    await page.request.get(`/api/admin/events/${eventId}`)
  ).json()) as StaffEvent;
  const begun = await page.request.put(`/api/admin/events/${eventId}`, {
    headers: staffHeaders,
    data: {
      version: current.version,
      event: {
        ...input,
        registrationOpensAt: minutes(-180),
        registrationClosesAt: minutes(-120),
        startsAt: minutes(-60),
        endsAt: minutes(120),
      },
    },
  });
  expect(begun.ok(), await begun.text()).toBe(true);

  // At the door: the officer finds the event in the list.
  await page.getByRole('menuitem', { name: '活动管理' }).click();
  await page.getByRole('menuitem', { name: '活动列表' }).click();
  await page.getByRole('textbox', { name: '搜索' }).fill('履职能力');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: title, exact: true }).click();
  const header = page.getByRole('heading', { name: title }).locator('xpath=..');
  await expect(header).toContainText('已发布');
  const list = page.getByRole('table', { name: /报名名单/ });
  const row = (name: string) => list.getByRole('row').filter({ hasText: name });
  for (const name of codes.keys()) await expect(row(name)).toContainText('已报名');

  // 宋晓峰 ticked, then 批量签到 (confirmed).
  await list.getByRole('checkbox', { name: '选择 宋晓峰' }).check();
  await expect(page.getByText('已选择 1 人')).toBeVisible();
  await page.getByRole('button', { name: '批量签到' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已为 1 人签到', { exact: true })).toBeVisible();
  await expect(row('宋晓峰')).toContainText('已签到');

  // 郑雅琴 by the 签到码 she shows; the field is empty again for the next person.
  const code = page.getByLabel('签到码');
  await code.fill(codes.get('郑雅琴')!);
  await page.getByRole('button', { name: '签到', exact: true }).click();
  await expect(page.getByText('郑雅琴 签到成功', { exact: true })).toBeVisible();
  await expect(code).toHaveValue('');
  await expect(row('郑雅琴')).toContainText('已签到');
  // The same code twice (typed and entered, as a scanner does) is refused on the field, with
  // when she signed in. (Not the button: under load antd may leave its faded-out loading icon in
  // it, and the button's name reads "loading 签到" until the next frame.)
  await code.fill(codes.get('郑雅琴')!);
  await code.press('Enter');
  await expect(page.getByText(/^郑雅琴 已于 .+ 签到$/)).toBeVisible();
  await code.clear();

  // 结束签到 (confirmed): 韩冰, who did not come, becomes 缺席; the event 已结束.
  await page.getByRole('button', { name: '结束签到' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '结束签到' }).click();
  await expect(page.getByText('已结束签到', { exact: true })).toBeVisible();
  await expect(header).toContainText('已结束');
  await expect(row('宋晓峰')).toContainText('已签到');
  await expect(row('郑雅琴')).toContainText('已签到');
  await expect(row('韩冰')).toContainText('缺席');
  await expect(page.getByRole('tab', { name: '已签到 (2)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '缺席 (1)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '已报名 (0)' })).toBeVisible();
  // 报名统计: a line per state.
  await expect(page.getByRole('row', { name: /^已签到\W*2 人$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^缺席\W*1 人$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^已报名\W*0 人$/ })).toBeVisible();
  // Attendance is closed: no more 签到 of any kind.
  await expect(page.getByLabel('签到码')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '批量签到' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '结束签到' })).toHaveCount(0);
  await page.getByRole('tab', { name: '缺席 (1)' }).click();
  await expect(list.getByRole('row').filter({ hasText: '缺席' })).toHaveCount(1);
  await expect(row('韩冰')).toBeVisible();
  await page.screenshot({ path: '.artifacts/event-attendance-closed.png', fullPage: true });
});
