import { expect, test } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { at, pickRange } from '../../support/event-steps.ts';
import { choose, fillFields } from '../../support/form-steps.ts';

test('an events officer creates and publishes an event, finds it in the list and cancels it with a reason', async ({
  page,
}) => {
  // A first sign-in (argon2 and a password change) and several pages on a loaded 2-core machine.
  test.setTimeout(120_000);
  const officer = E2E_STAFF.eventsOfficer;
  const title = '2026 年青年律师庭审技能培训';
  await signIn(page, '/admin/login', officer.login, officer.password);
  await changeInitialPassword(page, officer.password, 'E2E-Events-2026');

  await page.getByRole('menuitem', { name: '活动管理' }).click();
  await page.getByRole('menuitem', { name: '活动列表' }).click();
  await expect(page.getByRole('heading', { name: '活动列表' })).toBeVisible();
  await page.getByRole('button', { name: '新建活动' }).click();
  await expect(page.getByRole('heading', { name: '新建活动' })).toBeVisible();

  // An empty form is refused with the shared schema's messages, on the fields they are about.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请填写活动名称')).toBeVisible();
  await expect(page.getByText('请选择活动开始时间')).toBeVisible();
  await expect(page.getByText('请选择报名范围')).toBeVisible();

  await fillFields(page, {
    活动名称: title,
    主办方: '东江市律师协会青年律师工作委员会',
    活动地点: '东江市南城区元美路 8 号 协会培训中心 302 室',
    报名人数限制: '50',
  });
  await pickRange(page, ['活动开始时间', '活动结束时间'], [at(14, '09:00'), at(14, '12:00')]);
  await pickRange(page, ['报名开始时间', '报名截止时间'], [at(1, '09:00'), at(10, '18:00')]);
  await page.getByRole('checkbox', { name: '专职律师' }).check();
  await page.getByRole('checkbox', { name: '全部律师事务所' }).check();
  await page.getByLabel('活动简介').fill('主讲：民事诉讼庭审中的举证与质证。');
  await page.getByLabel('学时', { exact: true }).fill('3');
  // Hours without a kind are refused, as the API would.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('记学时的活动请选择培训类别')).toBeVisible();
  await choose(page, '培训类别', '现场培训');
  await page.getByRole('button', { name: '保存', exact: true }).click();

  // The new draft opens on its own page; its state tag stands beside the title.
  await expect(page).toHaveURL(/\/admin\/events\/[0-9a-f-]{36}$/);
  const header = page.getByRole('heading', { name: title }).locator('xpath=..');
  await expect(header).toContainText('草稿');
  const main = page.getByRole('main');
  await expect(main).toContainText('专职律师,全部律师事务所');
  await expect(main).toContainText('3 学时 · 现场培训');

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '发布' }).click();
  await expect(header).toContainText('已发布');
  // 发布 is gone; 编辑 and 取消活动 stay while the event is published.
  await expect(page.getByRole('button', { name: '发布', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '编辑' })).toBeVisible();
  await expect(page.getByRole('table', { name: /报名名单/ })).toBeVisible();

  // The list: under 已发布, found by its name, with its places.
  await page.getByRole('link', { name: '返回活动列表' }).click();
  await page.getByRole('tab', { name: /^已发布/ }).click();
  await page.getByRole('textbox', { name: '搜索' }).fill('庭审技能');
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('已发布');
  await expect(row).toContainText('0/50');
  await row.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // 取消活动 needs a reason; the members will read it.
  await page.getByRole('button', { name: '取消活动' }).click();
  const dialog = page.getByRole('dialog', { name: '取消活动' });
  await dialog.getByRole('button', { name: '确认取消活动' }).click();
  await expect(dialog.getByText('请填写取消原因')).toBeVisible();
  await dialog.getByLabel('取消原因').fill('因培训场地调整，本次活动取消，另行通知。');
  await dialog.getByRole('button', { name: '确认取消活动' }).click();
  await expect(dialog).toBeHidden();
  await expect(header).toContainText('已取消');
  await expect(main.getByText('因培训场地调整，本次活动取消，另行通知。')).toBeVisible();
  for (const action of ['编辑', '发布', '结束签到', '取消活动'])
    await expect(page.getByRole('button', { name: action, exact: true })).toHaveCount(0);

  // And the whole list says so.
  await page.getByRole('menuitem', { name: '活动列表' }).click();
  await expect(page.getByRole('row').filter({ hasText: title })).toContainText('已取消');
});
