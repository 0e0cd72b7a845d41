import { expect, type Page } from '@playwright/test';

/** Signs in through the form, as a person would: by the fields' labels and the button's name. */
export async function signIn(
  page: Page,
  path: '/login' | '/admin/login',
  login: string,
  password: string,
) {
  await page.goto(path);
  await page.getByLabel(path === '/login' ? '账号' : '用户名').fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

export async function changeInitialPassword(page: Page, oldPassword: string, newPassword: string) {
  await expect(page.getByLabel('旧密码')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('旧密码').fill(oldPassword);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认密码').fill(newPassword);
  await page.getByRole('button', { name: '确认修改' }).click();
}

export async function signOut(page: Page, displayName: string) {
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
}
