import { expect, test } from '@playwright/test';

// Issue 19: after a certificate was found, a number with a format error showed its error next to
// the earlier answer, as if that answer were the new number's. The answer goes.

test('a number with a format error clears the earlier answer on /verify', async ({ page }) => {
  const issued = `ZM${new Date().getFullYear()}000001`;
  await page.goto(`/verify/${issued}`);
  const answer = page.getByRole('region', { name: '验证结果' });
  await expect(answer.getByText('真实有效')).toBeVisible({ timeout: 30_000 });

  await page.getByLabel('证明编号').fill('ZM12');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('证明编号格式不正确，应为 ZM 加 10 位数字')).toBeVisible();
  await expect(answer.getByText('真实有效')).toHaveCount(0);
});
