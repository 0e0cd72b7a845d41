import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { firstSignInThroughApi } from '../../support/api-session.ts';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { addLawyer, idNumberOf, newFirm, uniqueLicence } from '../../support/new-members.ts';

// Issue 19: every page of both SPAs, at 1280×800 and at 390×844, checked with axe-core against
// WCAG 2.1 A/AA (and target size, 24×24). A critical or serious violation fails the test; all of
// them are collected first and printed together, page by page. The tour reads only: it signs in
// a firm and a lawyer it creates itself, and a staff account of its own, so no demo account is
// touched; the demo records it opens (a profile review, a card application, a certificate…) are
// only looked at.

const WIDTHS = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

const run = String(Date.now()).slice(-8);

type Finding = { where: string; lines: string[] };

/**
 * Waits until the page has loaded what it shows: no request in flight and its title (the one h1)
 * on screen. Returns false when no h1 appears (issue 19: page titles were h4 with no h1).
 */
async function settled(page: Page): Promise<boolean> {
  await page.waitForLoadState('networkidle');
  return page
    .getByRole('heading', { level: 1 })
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
}

/**
 * Icons whose English name would be read out ("home 首页", "close", "ellipsis"): an antd icon
 * is decorative (aria-hidden) or has a Chinese label.
 */
async function englishIconNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    for (const el of Array.from(
      document.querySelectorAll<HTMLElement>('[role="img"][aria-label]'),
    )) {
      if (el.closest('[aria-hidden="true"]')) continue;
      const label = el.getAttribute('aria-label') ?? '';
      if (/^[\x20-\x7e]+$/.test(label)) found.add(label);
    }
    return [...found];
  });
}

async function check(page: Page, where: string, findings: Finding[]) {
  const t0 = Date.now();
  const titled = await settled(page);
  const t1 = Date.now();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .withRules(['target-size'])
    .analyze();
  const lines: string[] = [];
  if (!titled) lines.push('  [serious] no h1: the page title is not a level-1 heading');
  for (const v of result.violations) {
    if (v.impact !== 'critical' && v.impact !== 'serious') continue;
    lines.push(`  [${v.impact}] ${v.id}: ${v.help}`);
    for (const node of v.nodes.slice(0, 5)) {
      lines.push(
        `      ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
      );
    }
    if (v.nodes.length > 5) lines.push(`      … ${v.nodes.length - 5} more`);
  }
  const t2 = Date.now();
  const english = await englishIconNames(page);
  if (english.length > 0)
    lines.push(`  [serious] English icon names read out: ${english.join(', ')}`);
  console.log(`${where}: settle ${t1 - t0} ms, axe ${t2 - t1} ms`);
  if (lines.length > 0) {
    console.log(lines.join('\n'));
    findings.push({ where, lines });
  }
}

/** Visits each path at both widths (resizing, not signing in again) and checks it. */
async function tour(page: Page, who: string, pages: string[], findings: Finding[]) {
  for (const width of WIDTHS) {
    await page.setViewportSize(width.viewport);
    for (const path of pages) {
      await page.goto(path);
      await check(page, `${who} ${path} @${width.name}`, findings);
    }
  }
}

function report(findings: Finding[]) {
  const text = findings.map((f) => `${f.where}\n${f.lines.join('\n')}`).join('\n');
  expect(findings.length, `critical or serious accessibility violations:\n${text}`).toBe(0);
}

/** The first record's id in a list the API answers (`items`, or the first array in the answer). */
async function firstOf(page: Page, url: string): Promise<string> {
  const res = await page.request.get(url);
  expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
  const body = (await res.json()) as Record<string, unknown>;
  const list = (Array.isArray(body) ? body : Object.values(body).find(Array.isArray)) as
    | Record<string, unknown>[]
    | undefined;
  const value = list?.[0]?.id ?? list?.[0]?.lawyerId;
  expect(typeof value, `${url} lists no record`).toBe('string');
  return value as string;
}

test.use({ viewport: WIDTHS[0].viewport });

test('public pages: sign-in, forgotten password, certificate check', async ({ page }) => {
  test.setTimeout(300_000);
  const findings: Finding[] = [];
  const year = new Date().getFullYear();
  await tour(
    page,
    'public',
    ['/login', '/forgot-password', '/verify', `/verify/ZM${year}000001`, '/admin/login'],
    findings,
  );
  report(findings);
});

test('member pages, as a firm and as one of its lawyers', async ({ page, request, browser }) => {
  test.setTimeout(900_000);
  const findings: Finding[] = [];
  const staffHeaders = await firstSignInThroughApi(
    request,
    E2E_STAFF.a11yFirmMaker,
    'E2E-A11y-Firm-Maker-2026',
    'admin',
  );
  const firmSide = await newFirm(browser, request, staffHeaders, {
    name: `无障碍巡检律师事务所${run}`,
    licenceNo: uniqueLicence('391', run),
    viewport: WIDTHS[0].viewport,
  });
  const firmPage = await firmSide.context.newPage();
  const idNo = idNumberOf('19900101', run.slice(-3));
  const added = await addLawyer(firmSide, {
    name: '无障碍巡检律师',
    idNo,
    licenceNo: uniqueLicence('392', run),
  });

  // The lawyer signs in through the form: the sign-in and password pages are checked too.
  const lawyerPassword = added.initialPassword;
  await signIn(page, '/login', added.login, lawyerPassword);
  await expect(page.getByLabel('旧密码')).toBeVisible();
  await check(page, 'lawyer /change-password (first sign-in) @1280', findings);
  await changeInitialPassword(page, lawyerPassword, 'E2E-A11y-Lawyer-2026');
  // At 1280 px every entry is in the bar, none behind a 「…」 (issue 19: 常见问题, 账户设置).
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['首页', '个人档案', '我的工单', '常见问题', '账户设置']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const lawyerHeaders = {
    'x-csrf-token': (
      (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
    ).csrfToken,
  };
  const ticket = await page.request.post('/api/tickets', {
    headers: lawyerHeaders,
    data: { category: '其他', title: '无障碍巡检工单', description: '巡检用的工单，请忽略。' },
  });
  expect(ticket.ok(), await ticket.text()).toBe(true);
  const ticketId = ((await ticket.json()) as { id: string }).id;

  const eventId = await firstOf(page, '/api/events');
  const announcementId = await firstOf(page, '/api/announcements');
  await tour(
    page,
    'lawyer',
    [
      '/',
      '/profile',
      '/profile/basic',
      '/profile/sections/education',
      '/profile/sections/work',
      '/profile/sections/languages',
      '/cards',
      '/cards/manage',
      '/cards/apply/first',
      '/certificates',
      '/certificates/apply',
      '/events',
      '/events?tab=mine',
      `/events/${eventId}`,
      '/training',
      `/training/lawyers/${added.lawyer.id}`,
      '/documents',
      // A lawyer added now has no document circulated to them: staff open one below.
      '/announcements',
      `/announcements/${announcementId}`,
      '/notifications',
      '/tickets',
      '/tickets/new',
      `/tickets/${ticketId}`,
      '/help',
      '/account',
      '/change-password',
      '/no-such-page',
    ],
    findings,
  );

  await tour(
    firmPage,
    'firm',
    [
      '/',
      '/organisation/lawyers',
      '/training',
      `/training/lawyers/${added.lawyer.id}`,
      '/certificates',
      '/certificates/apply',
      '/account',
    ],
    findings,
  );
  await firmSide.context.close();
  report(findings);
});

// The console in three parts, each with its own time: 80 page views in one test ran past ten
// minutes on a loaded machine. The first part signs the tour's staff account in for the first
// time (the password pages are checked there); the others sign in with the new password.
test.describe('staff console pages, as an administrator', () => {
  test.describe.configure({ mode: 'serial' });
  const staff = E2E_STAFF.a11yTour;
  const password = 'E2E-A11y-2026';

  async function staffTour(page: Page, pages: (ids: StaffIds) => string[]) {
    const findings: Finding[] = [];
    await signIn(page, '/admin/login', staff.login, password);
    await expect(page.getByRole('menuitem', { name: /工作台/ })).toBeVisible();
    await tour(page, 'staff', pages(await staffIds(page)), findings);
    report(findings);
  }

  test('home, announcements and the review queues', async ({ page }) => {
    test.setTimeout(600_000);
    const findings: Finding[] = [];
    await signIn(page, '/admin/login', staff.login, staff.password);
    await expect(page.getByLabel('旧密码')).toBeVisible();
    await check(page, 'staff /admin/change-password (first sign-in) @1280', findings);
    await changeInitialPassword(page, staff.password, password);
    await expect(page.getByRole('menuitem', { name: /工作台/ })).toBeVisible();
    const ids = await staffIds(page);
    await tour(
      page,
      'staff',
      [
        '/admin',
        '/admin/announcements',
        '/admin/profiles',
        `/admin/profiles/${ids.profileId}`,
        '/admin/cards',
        `/admin/cards/${ids.cardId}`,
        '/admin/certificates',
        `/admin/certificates/${ids.certificateId}`,
        '/admin/certificate-types',
        '/admin/tickets',
        ...(ids.ticketId ? [`/admin/tickets/${ids.ticketId}`] : []),
        '/admin/change-password',
      ],
      findings,
    );
    report(findings);
  });

  test('events, training and documents', async ({ page }) => {
    test.setTimeout(600_000);
    await staffTour(page, (ids) => [
      '/admin/events',
      '/admin/events/new',
      `/admin/events/${ids.eventId}`,
      `/admin/events/${ids.eventId}/edit`,
      '/admin/event-leaves',
      '/admin/event-suspensions',
      '/admin/event-suspensions/settings',
      '/admin/training/lawyers',
      `/admin/training/lawyers/${ids.memberId}`,
      '/admin/training/compliance',
      '/admin/training/imports',
      '/admin/training/requirements',
      '/admin/documents',
      '/admin/documents/new',
      `/admin/documents/${ids.documentId}`,
      `/admin/documents/${ids.documentId}/edit`,
      '/admin/circulation-groups',
    ]);
  });

  test('members, organisations, statistics and the system pages', async ({ page }) => {
    test.setTimeout(600_000);
    await staffTour(page, (ids) => [
      '/admin/members',
      `/admin/members/${ids.memberId}`,
      '/admin/member-import',
      '/admin/organisations',
      `/admin/organisations/${ids.organisationId}`,
      '/admin/statistics',
      '/admin/audit',
      '/admin/sms',
      '/admin/mail',
      '/admin/staff',
      '/admin/notifications',
    ]);
  });
});

type StaffIds = Awaited<ReturnType<typeof staffIds>>;

/** The records the console tour opens: the first of each list. */
async function staffIds(page: Page) {
  return {
    profileId: await firstOf(page, '/api/admin/profiles'),
    cardId: await firstOf(page, '/api/admin/card-applications'),
    certificateId: await firstOf(page, '/api/admin/certificates'),
    // The member tour above opened one (the demo data has none).
    ticketId: await firstOf(page, '/api/admin/tickets').catch(() => null),
    eventId: await firstOf(page, '/api/admin/events'),
    documentId: await firstOf(page, '/api/admin/documents'),
    memberId: await firstOf(page, '/api/admin/members'),
    organisationId: await firstOf(page, '/api/admin/organisations'),
  };
}
