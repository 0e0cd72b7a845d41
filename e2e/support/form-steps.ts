import { expect, type Page } from '@playwright/test';

/**
 * Picks an option of an antd Select found by its label. antd renders the open list in a portal
 * whose accessible options are hidden, so the visible option is found by its title, as a person
 * reads it.
 */
export async function choose(page: Page, label: string | RegExp, option: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  // What the select shows, as a person reads it (the chosen value or tags, not the typed search).
  const shown = () => field.evaluate((el) => el.closest('.ant-select')?.textContent ?? '');
  if (!(await shown()).includes(option)) await clickOption(page, label, option);
  await expect.poll(shown).toContain(option);
}

/** Clicks an option as it is; in a multiple Select, clicking a chosen option removes it. */
export async function clickOption(page: Page, label: string | RegExp, option: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.click();
  // Long lists are virtual: type into a searchable one so the option is rendered at all.
  if (await field.isEditable()) await field.fill(option);
  await page
    .getByTitle(option, { exact: true })
    .filter({ visible: true })
    .last()
    .click({ timeout: 3000 });
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
