import { expect, test, type Page } from '@playwright/test';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { formatDate } from '@lx/shared/dates';
import { PRACTICE_CATEGORIES, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

// 统计分析 (issue 15): the 会员管理员 opens the dashboard; every figure draws its chart (a canvas)
// with its numbers in a table beside it, the lawyers by category as the demo data has them; a new
// date range goes into the address and narrows the monthly figures; a range ending before it
// starts is refused on 结束日期; on a phone the charts shrink to the screen.

const FIGURES = [
  '执业律师（按执业类别）',
  '按机构类型',
  '档案完成情况',
  '会员卡与电子证明发放（按月）',
  '审核时长（提交至办结）',
  '未关闭工单（按等待时长）',
  '活动报名与签到（按活动月份）',
  /年度培训达标$/,
];

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function typeDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  // Enter takes the typed day and submits the filter, as 查询 would.
  await input.press('Enter');
}

test('the 会员管理员 reads the statistics: charts with their numbers, a date range, a phone', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const staff = E2E_STAFF.statisticsReader;
  await signIn(page, '/admin/login', staff.login, staff.password);
  await changeInitialPassword(page, staff.password, 'E2E-Statistics-2026');
  await page.getByRole('menuitem', { name: '统计分析' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '统计分析' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  // Every figure: a chart drawn on a canvas, described for screen readers, and a table.
  const figure = (name: string | RegExp) => page.getByRole('region', { name });
  for (const name of FIGURES) {
    await expect(figure(name).locator('canvas').first()).toBeVisible();
    await expect(figure(name).getByRole('img', { name: /图，.+：/ })).toBeVisible();
    await expect(figure(name).getByRole('table')).toBeVisible();
  }

  // Lawyers by category, counted from the demo data. 专职律师 may also hold the lawyers other
  // flows of the same run added to their own new firms (会员管理), so it is at least the demo's.
  const categories = figure('执业律师（按执业类别）');
  const cellOf = (category: (typeof PRACTICE_CATEGORIES)[number]) =>
    categories
      .getByRole('row')
      .filter({
        has: page.getByRole('cell', { name: PRACTICE_CATEGORY_LABELS[category], exact: true }),
      })
      .getByRole('cell')
      .nth(1);
  for (const category of PRACTICE_CATEGORIES) {
    const demo = DEMO_LAWYERS.filter((l) => l.practiceCategory === category).length;
    if (category === 'FULL_TIME')
      expect(Number(await cellOf(category).textContent())).toBeGreaterThanOrEqual(demo);
    else await expect(cellOf(category), category).toHaveText(String(demo));
  }
  const publicLawyers = DEMO_LAWYERS.filter((l) => l.practiceCategory === 'PUBLIC').length;
  await expect(
    categories.getByRole('img', { name: new RegExp(`公职律师 ${publicLawyers} 人`) }),
  ).toBeVisible();

  // The default range is twelve months: twelve rows under the header of each monthly table.
  const monthly = figure('会员卡与电子证明发放（按月）').getByRole('row');
  await expect(monthly).toHaveCount(13);

  // This month only: kept in the address, one month in the monthly tables.
  const today = formatDate(new Date());
  const first = `${today.slice(0, 7)}-01`;
  await typeDate(page, '开始日期', first);
  await typeDate(page, '结束日期', today);
  await expect(page).toHaveURL(new RegExp(`/statistics\\?from=${first}&to=${today}$`));
  await expect(monthly).toHaveCount(2);
  await expect(figure('活动报名与签到（按活动月份）').getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel('开始日期', { exact: true })).toHaveValue(first);
  await expect(monthly).toHaveCount(2);

  // An end before the start: refused on 结束日期, the address and the figures stay.
  await typeDate(page, '结束日期', '2020-01-01');
  await expect(page.getByText('结束日期不能早于开始日期')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`from=${first}&to=${today}$`));

  // On a phone: every chart as wide as the screen allows, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: '打开菜单' })).toBeVisible();
  for (const name of FIGURES) {
    const canvas = figure(name).locator('canvas').first();
    await expect(canvas).toBeVisible();
    await expect
      .poll(async () => (await canvas.boundingBox())?.width ?? 999)
      .toBeLessThanOrEqual(390);
  }
  await expectNoOverflow(page);
  await page.screenshot({ path: test.info().outputPath('statistics-phone.png'), fullPage: true });
});
