import { execFileSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { trainingYearOf } from '@lx/shared/training-rules';
import type { TrainingEntry, TrainingSummary } from '@lx/shared/training-schemas';
import { firstSignInThroughApi } from '../../support/api-session.ts';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { choose } from '../../support/form-steps.ts';
import { openNavEntry, openNavEntryOnPhone } from '../../support/nav-steps.ts';

// 培训记录 as a lawyer sees it (SPEC §2.5, issue 14): her year against the requirement and the
// sentence, 学时证明 as a PDF that says what the page says, last year's ledger paged on the
// server with a reversed line, and the page on a phone. 江雨桐 is signed in by no other flow.
// Her demo year (apps/api/src/db/demo-training.ts): 现场培训 4 + 线下培训 0 + 网络课程 8 = 12
// of the 40 学时 a 专职律师 needs, of which 10 现场培训: she is behind.

const LAST_YEAR_COURSE = (n: number) => `上年度补录专题讲座（第${n}讲）`;
const REVERSAL_REASON = '与签到表重复录入';

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Last year, as staff entered it by hand: eleven lectures of 2 学时 on 1–11 March, the fifth
 * reversed — twelve lines, two pages of ten, 20 学时 that count.
 */
async function enterLastYear(request: APIRequestContext, lawyerId: string, year: number) {
  const headers = await firstSignInThroughApi(
    request,
    E2E_STAFF.trainingMemberClerk,
    'E2E-Training-Member-2026',
    'admin',
  );
  const created: TrainingEntry[] = [];
  for (let n = 1; n <= 11; n += 1) {
    const res = await request.post(`/api/admin/training/lawyers/${lawyerId}/entries`, {
      headers,
      data: {
        date: `${year}-03-${String(n).padStart(2, '0')}`,
        title: LAST_YEAR_COURSE(n),
        organiser: '东江市律师协会',
        kind: 'ONSITE',
        hours: 2,
        reason: '补录上年度签到表',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    created.push((await res.json()) as TrainingEntry);
  }
  const reversed = await request.post(`/api/admin/training/entries/${created[4]!.id}/reverse`, {
    headers,
    data: { reason: REVERSAL_REASON },
  });
  expect(reversed.status(), await reversed.text()).toBe(201);
}

test('a lawyer sees her training year, downloads 学时证明, pages last year, and on a phone', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const lawyer = demoLawyer(24);
  const year = trainingYearOf(new Date());
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, 'E2E-Training-2026');
  await expect(page.getByRole('main')).toContainText(lawyer.name);

  await openNavEntry(page, '培训记录');
  await expect(page.getByRole('heading', { name: '培训记录', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // The year picker shows this year (Shanghai) until another is chosen.
  await expect(page.getByRole('combobox', { name: '年度' })).toBeVisible();
  await expect(page.getByTitle(`${year} 年度`, { exact: true })).toBeVisible();

  // The summary: each kind and the total against the requirement, the sentence, 未达标.
  const summary = page.getByRole('region', { name: `${year} 年度学时汇总` });
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText(`${year} 年度学时汇总`);
  await expect(
    summary.getByText('本年度还需完成 28 学时，其中现场培训 6 学时', { exact: true }),
  ).toBeVisible();
  await expect(summary.getByText('未达标', { exact: true })).toBeVisible();
  await expect(summary).toContainText('年度要求 40 学时，其中现场培训不少于 10 学时');
  await expect(summary.getByRole('progressbar', { name: '现场培训 完成 4/10 学时' })).toBeVisible();
  await expect(summary.getByRole('progressbar', { name: '合计 完成 12/40 学时' })).toBeVisible();
  await expect(summary.getByRole('progressbar', { name: '合计 完成 12/40 学时' })).toHaveAttribute(
    'aria-valuenow',
    '30',
  );
  await expect(summary).toContainText('12 / 40 学时');
  await expect(summary).toContainText('线下培训0 学时（无单项要求）');
  await expect(summary).toContainText('网络课程8 学时（无单项要求）');

  // This year's ledger: her four lines, newest first; the table scrolls in a box the keyboard
  // reaches, right after 下载学时证明.
  const ledger = page.getByRole('region', { name: '学时明细表' });
  const rows = ledger.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toHaveText('日期课程名称主办方类别学时来源');
  await expect(ledger).toContainText('网络课程：电子证据的审查与运用');
  await expect(ledger).toContainText('批量导入');
  await expect(ledger).toContainText('人工录入');
  await page.getByRole('link', { name: '下载学时证明' }).focus();
  await page.keyboard.press('Tab');
  await expect(ledger).toBeFocused();

  // 学时证明: named for the year and her, it says her name and the total the page shows.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载学时证明' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe(`学时证明-${year}-${lawyer.name}.pdf`);
  const file = test.info().outputPath('training-statement.pdf');
  await pdf.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(lawyer.name);
  expect(text).toContain(`${year} 年度`);
  expect(text).toMatch(/合计\s+12 学时\s+40 学时/);
  // The sentence may wrap in the PDF: compared without white space.
  expect(text.replace(/\s+/g, '')).toContain('本年度还需完成28学时，其中现场培训6学时');

  // Last year, entered by staff meanwhile: no requirement, 20 学时 that count, two pages.
  const own = (await (await page.request.get(`/api/training/summary?year=${year}`)).json()) as {
    lawyer: TrainingSummary['lawyer'];
  };
  await enterLastYear(request, own.lawyer.id, year - 1);
  await choose(page, '年度', `${year - 1} 年度`);
  await expect(page).toHaveURL(new RegExp(`/training\\?year=${year - 1}$`));
  const lastYear = page.getByRole('region', { name: `${year - 1} 年度学时汇总` });
  await expect(lastYear.getByText(`${year - 1} 年度未设定学时要求`, { exact: true })).toBeVisible();
  await expect(lastYear.getByText('未设定要求', { exact: true })).toBeVisible();
  await expect(lastYear).toContainText('合计20 学时（未设定年度要求）');
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(1)).toContainText(LAST_YEAR_COURSE(11));
  await expect(page.getByText('共 12 条')).toBeVisible();
  // The fifth lecture: the reversing line (冲销, its reason, -2) and the line it cancels (已冲销).
  const reversal = rows.filter({ hasText: `冲销原因：${REVERSAL_REASON}` });
  await expect(reversal).toContainText(LAST_YEAR_COURSE(5));
  await expect(reversal.getByText('冲销', { exact: true })).toBeVisible();
  await expect(reversal.getByRole('cell', { name: '-2', exact: true })).toBeVisible();
  const cancelled = rows.filter({ hasText: LAST_YEAR_COURSE(5) }).filter({ hasText: '已冲销' });
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled).not.toContainText('冲销原因');

  await page.getByRole('listitem', { name: '2', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/training\\?year=${year - 1}&page=2$`));
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText(LAST_YEAR_COURSE(1));
  await page.reload();
  await expect(rows).toHaveCount(3);
  await expect(page.getByTitle(`${year - 1} 年度`, { exact: true })).toBeVisible();

  // Back to this year, from its first page.
  await choose(page, '年度', `${year} 年度`);
  await expect(page).toHaveURL(new RegExp(`/training\\?year=${year}$`));
  await expect(rows).toHaveCount(5);

  // On a phone: the menu, the summary and the ledger as cards, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await openNavEntryOnPhone(page, '培训记录');
  await expect(page.getByRole('heading', { name: '培训记录', level: 1 })).toBeVisible();
  await expect(page.getByText('本年度还需完成 28 学时，其中现场培训 6 学时')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '合计 完成 12/40 学时' })).toBeVisible();
  const cards = page.getByRole('list', { name: '学时明细' }).getByRole('listitem');
  await expect(cards).toHaveCount(4);
  await expect(page.getByRole('link', { name: '下载学时证明' })).toBeVisible();
  await expectNoOverflow(page);
  await choose(page, '年度', `${year - 1} 年度`);
  await expect(cards).toHaveCount(10);
  await expect(cards.filter({ hasText: '已冲销' })).toHaveCount(1);
  await expectNoOverflow(page);
  await page.screenshot({ path: test.info().outputPath('training-phone.png'), fullPage: true });
});
