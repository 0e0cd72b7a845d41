import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '@lx/shared/dates';
import { trainingYearOf } from '@lx/shared/training-rules';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose, fillFields } from '../../support/form-steps.ts';

// 培训管理 as an events officer uses it (SPEC §2.5, issue 14): 学时台账 of one lawyer, 人工录入
// refused and then taken, 冲销 with a reason; then 达标报表 by lawyer and by organisation. 邓立新 is
// signed in by no flow, and only this one changes his ledger by hand.

const LAWYER = { name: '邓立新', licenceNo: '14419202012110026', firm: '东江正衡律师事务所' };
const COURSE = '律师执业风险防范专题讲座（补录）';

/** The year's total as the 总学时 bar is named: 总学时 完成 32.5/40 学时 → 32.5. */
async function totalHours(page: Page): Promise<number> {
  const bar = page.getByRole('progressbar', { name: /^总学时 完成 / });
  const name = (await bar.getAttribute('aria-label')) ?? '';
  const match = /完成 (-?[\d.]+)\/[\d.]+ 学时$/.exec(name);
  expect(match, name).not.toBeNull();
  return Number(match![1]);
}

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('an events officer adds a manual entry to a lawyer’s ledger, reverses it, and reads the compliance report', async ({
  page,
}) => {
  // A first sign-in (argon2 and a password change) and several pages on a loaded 2-core machine.
  test.setTimeout(150_000);
  const officer = E2E_STAFF.trainingLedger;
  const year = trainingYearOf(new Date());
  await signIn(page, '/admin/login', officer.login, officer.password);
  await changeInitialPassword(page, officer.password, 'E2E-Ledger-2026');

  // The dashboard tells an events officer how the year stands, and leads to the report.
  await expect(page.getByRole('progressbar', { name: `${year} 年度培训达标率` })).toBeVisible();

  await page.getByRole('menuitem', { name: '培训管理' }).click();
  await page.getByRole('menuitem', { name: '学时台账' }).click();
  await expect(page.getByRole('heading', { name: '学时台账' })).toBeVisible();

  // A blank search is refused by the shared schema; a name finds him.
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.getByText('请输入姓名、执业证号或会员编号')).toBeVisible();
  await page.getByLabel('查找律师').fill(LAWYER.name);
  await page.getByRole('button', { name: '搜索' }).click();
  const hit = page.getByRole('table', { name: /搜索结果/ }).getByRole('row', { name: /邓立新/ });
  await expect(hit).toContainText(LAWYER.licenceNo);
  await expect(hit).toContainText(LAWYER.firm);
  await hit.getByRole('link', { name: `查看 ${LAWYER.name} 的学时台账` }).click();

  const main = page.getByRole('main');
  await expect(main).toContainText(`${LAWYER.name} · ${year} 年度学时`);
  await expect(main).toContainText(LAWYER.licenceNo);
  await expect(main.getByText(/^本年度(还需完成|已完成) [\d.]+ 学时/)).toBeVisible();
  await expect(main.getByText(/^(已达标|未达标)$/).first()).toBeVisible();
  const ledger = page.getByRole('table', { name: /学时明细/ });
  await expect(ledger.getByRole('row').nth(1)).toBeVisible();
  const before = await totalHours(page);

  // 人工录入: 1.2 学时 is refused on its field with the shared message, 1.5 is taken.
  await page.getByRole('button', { name: '人工录入' }).click();
  const dialog = page.getByRole('dialog', { name: `人工录入学时：${LAWYER.name}` });
  const date = dialog.getByLabel('培训日期');
  await date.click();
  await date.fill(formatDate(new Date()));
  await date.press('Enter');
  await choose(page, '类别', '线下培训');
  await fillFields(page, {
    课程名称: COURSE,
    主办方: '东江市律师协会',
    学时: '1.2',
    录入原因: '外地培训证书补录',
  });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('学时应以 0.5 学时为单位')).toBeVisible();
  await dialog.getByLabel('学时', { exact: true }).fill('1.5');
  await expect(dialog.getByText('学时应以 0.5 学时为单位')).toBeHidden();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const entry = ledger.getByRole('row').filter({ hasText: COURSE });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('1.5');
  await expect(entry).toContainText('人工录入');
  await expect(entry).toContainText('录入原因：外地培训证书补录');
  await expect(entry).toContainText('有效');
  await expect.poll(() => totalHours(page)).toBe(before + 1.5);

  // 冲销 needs a reason; the line stays, marked 已冲销, and a reversing line takes the hours back.
  await entry.getByRole('button', { name: /^冲销：/ }).click();
  const reversal = page.getByRole('dialog', { name: '冲销学时' });
  await reversal.getByRole('button', { name: '确认冲销' }).click();
  await expect(reversal.getByText('请填写冲销原因')).toBeVisible();
  await reversal.getByLabel('冲销原因').fill('课程已由活动签到计入，重复录入');
  await reversal.getByRole('button', { name: '确认冲销' }).click();
  await expect(reversal).toBeHidden();
  await expect(entry).toHaveCount(2);
  await expect(entry.filter({ hasText: '已冲销' })).toHaveCount(1);
  const reversing = entry.filter({ hasText: '原因：课程已由活动签到计入，重复录入' });
  await expect(reversing).toContainText('-1.5');
  // Neither line can be reversed again.
  await expect(entry.getByRole('button', { name: /^冲销：/ })).toHaveCount(0);
  await expect.poll(() => totalHours(page)).toBe(before);

  // 达标报表: 未达标 shows only lawyers behind, with the counts of the year above the table.
  await page.getByRole('menuitem', { name: '达标报表' }).click();
  await expect(page.getByRole('heading', { name: '达标报表' })).toBeVisible();
  // The status buttons: a person clicks the words (antd hides the radio inputs themselves).
  const statusFilter = page.getByRole('radiogroup', { name: '达标状态' });
  await expect(
    page.getByText(/^律师 \d+ 人，已达标 \d+ 人（[\d.]+%），未达标 \d+ 人$/),
  ).toBeVisible();
  await statusFilter.getByText('未达标', { exact: true }).click();
  await expect(statusFilter.getByRole('radio', { name: '未达标' })).toBeChecked();
  const report = page.getByRole('table', { name: new RegExp(`${year} 年度律师学时达标情况`) });
  const rows = report.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasText: '已达标' })).toHaveCount(0);
  expect(await rows.filter({ hasText: '未达标' }).count()).toBe(await rows.count());
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /导出 Excel/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  // 按机构: his firm, then its lawyers in 按律师, and his name leads back to his ledger.
  await page.getByRole('tab', { name: '按机构' }).click();
  const organisations = page.getByRole('table', { name: /各机构学时达标情况/ });
  await expect(organisations.getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('textbox', { name: '搜索' }).fill('正衡');
  await page.getByRole('button', { name: '查询' }).click();
  await organisations.getByRole('button', { name: `查看 ${LAWYER.firm} 的律师` }).click();
  await expect(page.getByRole('tab', { name: '按律师', selected: true })).toBeVisible();
  await statusFilter.getByText('全部', { exact: true }).click();
  await expect(statusFilter.getByRole('radio', { name: '全部' })).toBeChecked();
  await expect(main).toContainText(`执业机构：${LAWYER.firm}`);
  const firmRows = report.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(firmRows.first()).toBeVisible();
  expect(await firmRows.filter({ hasText: LAWYER.firm }).count()).toBe(await firmRows.count());
  await report.getByRole('link', { name: `${LAWYER.name} 的学时台账` }).click();
  await expect(main).toContainText(`${LAWYER.name} · ${year} 年度学时`);

  // On a phone the page keeps to the screen; the ledger scrolls inside its own box.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: '打开菜单' })).toBeVisible();
  await expect(ledger.getByRole('row').nth(1)).toBeVisible();
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('menuitem', { name: '达标报表' }).click();
  await expect(report.getByRole('row').nth(1)).toBeVisible();
  await expectNoOverflow(page);
});
