import path from 'node:path';
import { expect, test } from '@playwright/test';
import { computeIdCheckChar } from '@lx/shared/id-number';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer, demoOrganisation } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose } from '../../support/form-steps.ts';
import { openNavEntry } from '../../support/nav-steps.ts';

const SCAN = path.resolve(import.meta.dirname, '../../fixtures/licence-scan.pdf');

test('a lawyer opens a ticket from the profile wizard with a scan attached; support replies; the lawyer reads it and closes it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const lawyer = demoLawyer(11);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, 'E2E-Ticket-2026');
  // 常见问题 first: the answers and the association's contacts.
  // In the bar's 「…」 menu at this width since 活动报名 joined the navigation.
  await openNavEntry(page, '常见问题');
  await page.getByRole('button', { name: '忘记密码' }).click();
  await expect(page.getByRole('link', { name: /找回密码|忘记密码/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '0769-22110000' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'support@djlawyers.org.cn' })).toBeVisible();
  await page.goto('/profile/basic?step=1');
  await page.getByRole('link', { name: /信息有误/ }).click();
  await expect(page.getByLabel('工单标题')).toHaveValue('执业信息有误');
  await expect(
    page.getByRole('link', { name: /profile/ }).or(page.getByText('关联页面')),
  ).not.toHaveCount(0);
  await page
    .getByLabel('问题描述')
    .fill('我的姓名登记为马俊杰，执业证上为马骏杰，附执业证扫描件。');
  await page.getByLabel('附件').setInputFiles(SCAN);
  await expect(page.getByText('licence-scan.pdf')).toBeVisible();
  await page.getByRole('button', { name: '提交工单' }).click();
  await expect(page.getByText('工单已提交')).toBeVisible();
  await expect(page.getByRole('heading', { name: '执业信息有误' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'licence-scan.pdf' })).toBeVisible();
  const number = /GD\d{6}/.exec(await page.getByRole('main').innerText())![0];

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  const agent = E2E_STAFF.supportAgent;
  await signIn(staff, '/admin/login', agent.login, agent.password);
  await changeInitialPassword(staff, agent.password, 'E2E-Support-2026');
  await staff.getByRole('menuitem', { name: /工单处理/ }).click();
  await staff.getByRole('tab', { name: /^待处理/ }).click();
  await staff.getByRole('link', { name: number }).click();
  await expect(staff.getByRole('link', { name: 'licence-scan.pdf' })).toBeVisible();
  await staff.getByRole('button', { name: '指派给我' }).click();
  await expect(staff.getByText('已指派给我')).toBeVisible();
  await staff.getByRole('button', { name: '发送回复' }).click();
  await expect(staff.getByText('请填写回复内容')).toBeVisible();
  await staff.getByLabel('回复内容').fill('已核实，姓名已更正为马骏杰，请重新登录查看。');
  await staff.getByRole('button', { name: '发送回复' }).click();
  await expect(staff.getByText('回复已发送')).toBeVisible();

  await page.reload();
  await expect(page.getByText('已核实，姓名已更正为马骏杰，请重新登录查看。')).toBeVisible();
  await expect(page.getByText('已回复').first()).toBeVisible();
  // Both are offered now; the page says how they differ (issue 19).
  await expect(page.getByRole('button', { name: '取消工单' })).toBeVisible();
  await expect(page.getByText(/关闭工单：问题已解决时关闭/)).toBeVisible();
  await expect(page.getByText(/取消工单：不再需要协会处理/)).toBeVisible();
  await page.getByRole('button', { name: '关闭工单' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已关闭').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '发送', exact: true })).toHaveCount(0);
  await staffContext.close();
});

test('an office adds a lawyer, is guided to a ticket for a duplicate ID number, and records a lawyer who left', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const office = demoOrganisation(3);
  await signIn(page, '/login', office.login, office.password);
  await changeInitialPassword(page, office.password, 'E2E-Office-2026');
  await page.getByRole('link', { name: '律师列表' }).first().click();
  await expect(page.getByRole('heading', { name: '律师列表' })).toBeVisible();
  await expect(page.getByRole('row', { name: /梁国栋/ })).toContainText('执业中');

  const first17 = '44190019900315123';
  const idNo = first17 + computeIdCheckChar(first17);
  const addLawyer = async (id: string, licence: string) => {
    await page.getByRole('button', { name: '添加律师' }).click();
    const dialog = page.getByRole('dialog', { name: '添加律师' });
    await dialog.getByLabel('姓名').fill('钟文韬');
    await dialog.getByRole('radio', { name: '男' }).check();
    await dialog.getByLabel('身份证号').fill(id);
    await dialog.getByLabel('执业证号').fill(licence);
    await choose(page, '执业类别', '公司律师');
    await choose(page, '所内身份', '律师');
    await dialog.getByRole('button', { name: '确认添加' }).click();
    return dialog;
  };
  const added = await addLawyer(idNo, '14419202026110031');
  await expect(added.getByText('14419202026110031')).toBeVisible();
  await added.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('row', { name: /钟文韬/ })).toContainText('执业中');

  // Someone already registered elsewhere: the page says so and offers the ticket.
  const duplicate = await addLawyer(demoLawyer(0).idNo, '14419202026110032');
  await expect(duplicate.getByText(/已登记在系统中/)).toBeVisible();
  await duplicate.getByRole('button', { name: '提交工单' }).click();
  await expect(page.getByLabel('工单标题')).toHaveValue('添加律师：身份证号或执业证号已存在');

  await page.goto('/organisation/lawyers');
  await page
    .getByRole('row', { name: /梁国栋/ })
    .getByRole('button', { name: '登记离所' })
    .click();
  const leave = page.getByRole('dialog', { name: '登记离所' });
  await leave.getByLabel('离所日期').fill('2026-11-01');
  // Enter takes the typed date and submits the form, as 确认离所 would.
  await leave.getByLabel('离所日期').press('Enter');
  await expect(leave).toBeHidden();
  await expect(page.getByRole('row', { name: /梁国栋/ })).toContainText('已离所');
});
