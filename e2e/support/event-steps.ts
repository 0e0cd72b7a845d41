import { expect, type Page } from '@playwright/test';
import { formatDate, formatDateTime } from '@lx/shared/dates';

// Steps of the events flows (活动报名): the times the staff form takes, typed as its pickers show
// them, and the staff console's way to a new event.

const DAY = 24 * 3600_000;

/** "2026-12-12 09:00": `days` from today at `time`, Shanghai time (the browser's zone too). */
export function at(days: number, time: string): string {
  return `${formatDate(new Date(Date.now() + days * DAY))} ${time}`;
}

/** "2026-12-12 14:37": now plus `minutes` (may be negative), to the minute, Shanghai time. */
export function inMinutes(minutes: number): string {
  return formatDateTime(new Date(Date.now() + minutes * 60_000));
}

/**
 * Types both ends of an antd RangePicker with time, found by their placeholders: each end is
 * typed as the picker shows it and confirmed with Enter, which moves on to the other end.
 */
export async function pickRange(
  page: Page,
  placeholders: [string, string],
  values: [string, string],
) {
  for (const [i, placeholder] of placeholders.entries()) {
    const input = page.getByPlaceholder(placeholder, { exact: true });
    await input.click();
    await input.fill(values[i]!);
    await input.press('Enter');
  }
  for (const [i, placeholder] of placeholders.entries())
    await expect(page.getByPlaceholder(placeholder, { exact: true })).toHaveValue(values[i]!);
}

export type NewEvent = {
  title: string;
  capacity: number;
  /** The picker's texts: [start, end] of the event and of registration. */
  eventTime: [string, string];
  registrationTime: [string, string];
  /** 报名范围 checkboxes, by their labels (专职律师, 全部公职律师办公室…). */
  scope: string[];
  /** 允许候补 (on in a new form). */
  waitlist: boolean;
};

/**
 * 活动管理 → 活动列表 → 新建活动, filled and saved, then 发布 with its confirmation; ends on the
 * published event's page. Returns the event's id, read from the address.
 */
export async function createAndPublishEvent(page: Page, event: NewEvent): Promise<string> {
  await page.getByRole('menuitem', { name: '活动管理' }).click();
  await page.getByRole('menuitem', { name: '活动列表' }).click();
  await expect(page.getByRole('heading', { name: '活动列表' })).toBeVisible();
  await page.getByRole('button', { name: '新建活动' }).click();
  await expect(page.getByRole('heading', { name: '新建活动' })).toBeVisible();
  await page.getByLabel('活动名称', { exact: true }).fill(event.title);
  await page.getByLabel('主办方', { exact: true }).fill('东江市律师协会');
  await page.getByLabel('活动地点', { exact: true }).fill('东江市律师协会 2 楼多功能厅');
  await page.getByLabel('报名人数限制', { exact: true }).fill(String(event.capacity));
  await pickRange(page, ['活动开始时间', '活动结束时间'], event.eventTime);
  await pickRange(page, ['报名开始时间', '报名截止时间'], event.registrationTime);
  for (const scope of event.scope)
    await page.getByRole('checkbox', { name: scope, exact: true }).check();
  await page.getByRole('switch', { name: '允许候补' }).setChecked(event.waitlist);
  await page.getByRole('button', { name: '保存', exact: true }).click();

  await expect(page).toHaveURL(/\/admin\/events\/[0-9a-f-]{36}$/);
  const header = page.getByRole('heading', { name: event.title }).locator('xpath=..');
  await expect(header).toContainText('草稿');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '发布' }).click();
  await expect(header).toContainText('已发布');
  return new URL(page.url()).pathname.split('/').pop()!;
}
