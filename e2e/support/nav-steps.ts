import { expect, type Page } from '@playwright/test';

/**
 * Opens an entry of the member app's main navigation on a wide screen, as a person does: from the
 * bar, or, when the bar has no room left for it, from the 「…」 menu at its end (hover, then click).
 * Which entries fit depends on the width, the account's entries and the name in the header.
 */
export async function openNavEntry(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const entry = nav.getByRole('link', { name, exact: true });
  const more = nav.getByRole('menuitem', { name: 'ellipsis' });
  // Once the bar has laid itself out, either the entry or the 「…」 is there.
  await expect(entry.or(more).first()).toBeVisible();
  if (await entry.isVisible()) {
    await entry.click();
    return;
  }
  await more.hover();
  await page.getByRole('link', { name, exact: true }).filter({ visible: true }).first().click();
}

/**
 * Opens an entry of the member app's navigation on a phone: the menu button, then the entry (its
 * name is the icon's and the label's, "calendar 活动报名").
 */
export async function openNavEntryOnPhone(page: Page, name: string) {
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${name}$`) }).click();
}
