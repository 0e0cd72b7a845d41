import type { Page } from '@playwright/test';

/**
 * Clicks an option of an antd Select found by its label. antd renders the open list in a portal
 * whose accessible options are hidden, so the visible option is found by its title, as a person
 * reads it. In a multiple Select, clicking a chosen option removes it.
 */
export async function choose(page: Page, label: string | RegExp, option: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.click();
  // Long lists are virtual: type into a searchable one so the option is rendered at all.
  if (await field.isEditable()) await field.fill(option);
  await page.getByTitle(option, { exact: true }).filter({ visible: true }).last().click();
}

/** Picks several options of a multiple Select, then closes its list. */
export async function chooseMany(page: Page, label: string, options: string[]) {
  for (const option of options) await choose(page, label, option);
  await page.keyboard.press('Escape');
}

/** Fills text inputs by their labels. */
export async function fillFields(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}
