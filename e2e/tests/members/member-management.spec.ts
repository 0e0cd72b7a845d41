import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { computeIdCheckChar } from '@lx/shared/id-number';
import type { CreatedOrganisation } from '@lx/shared/member-schemas';
import type { AddedLawyer, Roster } from '@lx/shared/roster-schemas';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { firstSignInThroughApi } from '../../support/api-session.ts';
import { signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose } from '../../support/form-steps.ts';

// 会员管理 (issue 15): a lawyer's ticket "执业证号有误" is opened by the 会员管理员, who opens the
// member from it and corrects the number; the thread shows the change. Then the lawyer moves to
// another firm (转所) and both firms' rosters show it. The firms and the lawyer are made by the
// flow itself (新建机构, then the firm's 添加律师), so no demo account is touched.

const run = String(Date.now()).slice(-8);
/** 17 digits, unique to this run. */
const licence = (prefix: string) => `${prefix}${run}`.padEnd(17, '7').slice(0, 17);
const idNumber = () => {
  const first17 = `44190019850101${run.slice(-3)}`;
  return first17 + computeIdCheckChar(first17);
};

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function ok<T>(res: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

test('from a ticket to the member: correct the licence number, the thread says so; 转所 shows on both rosters', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const staff = E2E_STAFF.memberAdmin;
  const staffPassword = 'E2E-Members-2026';
  const staffHeaders = await firstSignInThroughApi(request, staff, staffPassword, 'admin');

  // Two new firms (新建机构), each with its account and initial password.
  const newFirm = async (name: string, licenceNo: string) =>
    ok<CreatedOrganisation>(
      await request.post('/api/admin/organisations', {
        headers: staffHeaders,
        data: { kind: 'LAW_FIRM', name, licenceNo, headName: '测试主任' },
      }),
    );
  const from = await newFirm(`测试转出律师事务所${run}`, licence('291'));
  const to = await newFirm(`测试转入律师事务所${run}`, licence('292'));
  expect(from.initialPassword).toBe(from.login.slice(-6));

  // Each account in a context of its own, past its first password change.
  const signedIn = async (login: string, password: string) => {
    const context = await browser.newContext();
    const headers = await firstSignInThroughApi(
      context.request,
      { login, password },
      'E2E-Member-2026',
    );
    return { api: context.request, headers, context };
  };
  const fromFirm = await signedIn(from.login, from.initialPassword);
  const toFirm = await signedIn(to.login, to.initialPassword);

  // The firm adds its lawyer (律师列表 → 添加律师), who opens the ticket.
  const idNo = idNumber();
  const oldLicence = licence('193');
  const added = await ok<AddedLawyer>(
    await fromFirm.api.post('/api/organisation/lawyers', {
      headers: fromFirm.headers,
      data: {
        name: '测试转所律师',
        gender: 'FEMALE',
        idNo,
        licenceNo: oldLicence,
        practiceCategory: 'FULL_TIME',
        organisationRole: 'LAWYER',
      },
    }),
  );
  const lawyer = await signedIn(added.login, idNo.slice(-6).toLowerCase());
  const ticket = await ok<TicketDetail>(
    await lawyer.api.post('/api/tickets', {
      headers: lawyer.headers,
      data: {
        category: '信息有误',
        title: '执业证号有误',
        description: `我的执业证号应为 ${licence('194')}，系统中为 ${oldLicence}，请更正。`,
      },
    }),
  );

  // The 会员管理员 finds the ticket in 工单处理 and opens the member from it.
  await signIn(page, '/admin/login', staff.login, staffPassword);
  await page.getByRole('menuitem', { name: '工单处理' }).click();
  await page.getByLabel('搜索').fill(ticket.number);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.getByRole('link', { name: ticket.number }).click();
  await expect(page.getByRole('heading', { name: `${ticket.number} 执业证号有误` })).toBeVisible();
  await page.getByRole('link', { name: '查看会员' }).click();

  await expect(page.getByRole('heading', { name: '测试转所律师', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByText(oldLicence)).toBeVisible();
  await page.getByRole('button', { name: '更正信息' }).click();
  const correction = page.getByRole('dialog', { name: '更正信息：测试转所律师' });
  const newLicence = licence('194');
  await correction.getByLabel('执业证号').fill(newLicence);
  await correction.getByLabel('更正原因').fill('按执业证原件更正');
  await correction.getByRole('button', { name: '保存更正' }).click();
  await expect(correction).toBeHidden();
  await expect(page.getByText(newLicence)).toBeVisible();

  // Back in the ticket, the thread says what was changed.
  await page.getByRole('link', { name: '返回工单' }).click();
  const thread = page.getByRole('region', { name: '工单对话' });
  await expect(thread).toContainText(`已按工单修改：执业证号 ${oldLicence} → ${newLicence}`);

  // 转所: from the member page, to the other new firm.
  await page.getByRole('link', { name: '查看会员' }).click();
  await page.getByRole('button', { name: '转所' }).click();
  const transfer = page.getByRole('dialog', { name: '转所：测试转所律师' });
  await choose(page, '转入机构', to.organisation.name);
  await transfer.getByLabel('转所原因').fill('执业机构变更');
  await transfer.getByRole('button', { name: '确认转所' }).click();
  await expect(transfer).toBeHidden();
  await expect(
    page.getByRole('link', { name: to.organisation.name, exact: true }).first(),
  ).toBeVisible();

  // Both organisations in 机构管理 list the move.
  const organisations = page.getByRole('menuitem', { name: '机构管理' });
  if (!(await organisations.isVisible())) {
    await page.getByRole('menuitem', { name: '会员管理' }).click();
  }
  await organisations.click();
  await page.getByLabel('查找').fill(from.organisation.name);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.getByRole('link', { name: from.organisation.name }).click();
  await expect(page.getByRole('heading', { name: from.organisation.name, level: 1 })).toBeVisible();
  const moves = page.getByRole('table').last();
  await expect(moves).toContainText('测试转所律师');
  await expect(moves).toContainText(to.organisation.name);

  // And the firms' own rosters: a departure on the old one, the lawyer on the new one.
  const rosterOf = async (firm: { api: APIRequestContext }) =>
    ok<Roster>(await firm.api.get('/api/organisation/lawyers'));
  const oldRoster = await rosterOf(fromFirm);
  expect(oldRoster.lawyers.map((l) => l.name)).not.toContain('测试转所律师');
  expect(oldRoster.transfers).toEqual([
    expect.objectContaining({
      direction: 'OUT',
      lawyerName: '测试转所律师',
      licenceNo: newLicence,
      organisationName: to.organisation.name,
    }),
  ]);
  const newRoster = await rosterOf(toFirm);
  expect(newRoster.lawyers.map((l) => l.name)).toEqual(['测试转所律师']);
  expect(newRoster.transfers[0]).toMatchObject({
    direction: 'IN',
    organisationName: from.organisation.name,
  });

  // At phone width (390 px) the member page and 会员查询 fit the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('link', { name: '测试转所律师' }).first().click();
  await expect(page.getByRole('heading', { name: '测试转所律师', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: '转所' })).toBeVisible();
  await expectNoOverflow(page);
  for (const c of [fromFirm, toFirm, lawyer]) await c.context.close();
});
