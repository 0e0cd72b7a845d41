import type { Page } from '@playwright/test';

/**
 * Opens an entry of the member app's main navigation on a wide screen, as a person does: from the
 * bar, which shows every entry of the account (it wraps rather than hiding entries behind a 「…」).
 */
export async function openNavEntry(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('link', { name, exact: true }).click();
}

/**
 * Opens an entry of the member app's navigation on a phone: the menu button, then the entry (its
 * name is the label's: the icon is decorative).
 */
export async function openNavEntryOnPhone(page: Page, name: string) {
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${name}$`) }).click();
}
