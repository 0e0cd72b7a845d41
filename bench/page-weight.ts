/// <reference lib="dom" />
// Benchmark: what a lawyer on a phone on a slow network waits for (issue 19). The built server
// (apps/api/dist, serving apps/web/dist) on an embedded database; Chromium with CDP throttling to
// slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU, a fresh cache
// for each page.
// 1. The member login page, first visit: requests, bytes on the wire (JS+CSS, fonts), first paint,
//    first contentful paint, and when the login form can be used (账号, 密码 and 登录 shown).
// 2. The certificate wizard (/certificates/apply) as the signed-in demo lawyer 陈建国: when its
//    first step's 信息无误，下一步 can be pressed.
// Budget: the login page ≤ 250 KB of compressed JS+CSS and first paint ≤ 2.5 s; exits 1 if over.
// Run: pnpm turbo run build --filter=@lx/api --filter=@lx/web --filter=@lx/admin && pnpm --filter @lx/bench bench:weight
import { chromium, type Browser, type Page } from 'playwright-core';
import { signInDemoLawyer, startBuiltServer } from './built-server.ts';

const BUDGET_KB = 250;
const BUDGET_FIRST_PAINT_MS = 2500;
// Times vary with the machine's load: each page is loaded this many times, the median is printed.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

type Load = {
  requests: number;
  /** Compressed bodies (as sent: brotli when the server has it), by Resource Timing. */
  scriptStyleKB: number;
  fontKB: number;
  /** Everything received, headers included (CDP). */
  wireKB: number;
  firstPaint: number;
  firstContentfulPaint: number;
  usable: number;
};

const kb = (bytes: number) => bytes / 1024;

/** Opens `url` in a fresh, throttled page and waits until `ready` says the page can be used. */
async function measure(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<void>,
  cookie?: { name: string; value: string; url: string },
): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  if (cookie) await context.addCookies([cookie]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const sizes = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  const usable = await page.evaluate(() => performance.now());
  // What the page still fetches once usable (fonts after first paint, idle prefetches) counts too.
  await page.waitForLoadState('networkidle');
  const { paints, bodies } = await page.evaluate(() => ({
    paints: Object.fromEntries(
      performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
    ),
    bodies: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      path: new URL(r.name).pathname,
      bytes: r.encodedBodySize,
    })),
  }));
  let scriptStyle = 0;
  let font = 0;
  for (const { path, bytes } of bodies) {
    if (/\.(m?js|css)$/.test(path)) scriptStyle += bytes;
    if (/\.(woff2?|ttf|otf)$/.test(path)) font += bytes;
  }
  let wire = 0;
  for (const bytes of sizes.values()) wire += bytes;
  await cdp.detach();
  await context.close();
  return {
    requests: sizes.size,
    scriptStyleKB: kb(scriptStyle),
    fontKB: kb(font),
    wireKB: kb(wire),
    firstPaint: paints['first-paint'] ?? NaN,
    firstContentfulPaint: paints['first-contentful-paint'] ?? NaN,
    usable,
  };
}

/** Each figure's median over the runs (bytes and requests barely vary; times do). */
function median(loads: Load[]): Load {
  const mid = (pick: (l: Load) => number) =>
    loads.map(pick).sort((a, b) => a - b)[Math.floor(loads.length / 2)]!;
  return {
    requests: mid((l) => l.requests),
    scriptStyleKB: mid((l) => l.scriptStyleKB),
    fontKB: mid((l) => l.fontKB),
    wireKB: mid((l) => l.wireKB),
    firstPaint: mid((l) => l.firstPaint),
    firstContentfulPaint: mid((l) => l.firstContentfulPaint),
    usable: mid((l) => l.usable),
  };
}

function print(name: string, l: Load) {
  console.log(
    `${name}\n  ${l.requests} requests · JS+CSS ${l.scriptStyleKB.toFixed(0)} KB · fonts ${l.fontKB.toFixed(0)} KB ` +
      `(compressed bodies) · ${l.wireKB.toFixed(0)} KB received in all, headers included\n` +
      `  first paint ${(l.firstPaint / 1000).toFixed(2)} s · first contentful paint ${(l.firstContentfulPaint / 1000).toFixed(2)} s · ` +
      `usable ${(l.usable / 1000).toFixed(2)} s`,
  );
}

const { base, stop } = await startBuiltServer(process.env.BENCH_DATABASE_URL);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const session = (await signInDemoLawyer(base)).split('=');
  const logins: Load[] = [];
  const wizards: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    logins.push(
      await measure(browser, `${base}/login`, async (page) => {
        await page.getByLabel('账号').waitFor({ timeout: 60_000 });
        await page.getByLabel('密码', { exact: true }).waitFor();
        await page.getByRole('button', { name: '登录' }).waitFor();
      }),
    );
    wizards.push(
      await measure(
        browser,
        `${base}/certificates/apply`,
        (page) =>
          page.getByRole('button', { name: '信息无误，下一步' }).waitFor({ timeout: 60_000 }),
        { name: session[0]!, value: session.slice(1).join('='), url: base },
      ),
    );
  }
  const login = median(logins);
  const wizard = median(wizards);
  console.log(
    `\nPage weight on slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) with a 4× slower CPU, ` +
      `Chromium, 390×844, empty cache; median of ${RUNS} loads\n`,
  );
  print('Member login page (/login)', login);
  print('Certificate wizard as a signed-in lawyer (/certificates/apply)', wizard);
  const over = [
    login.scriptStyleKB > BUDGET_KB &&
      `login JS+CSS ${login.scriptStyleKB.toFixed(0)} KB > ${BUDGET_KB} KB`,
    !(login.firstPaint <= BUDGET_FIRST_PAINT_MS) &&
      `login first paint ${(login.firstPaint / 1000).toFixed(2)} s > ${BUDGET_FIRST_PAINT_MS / 1000} s`,
  ].filter(Boolean);
  console.log(
    over.length === 0
      ? `\nbudget met: login JS+CSS ≤ ${BUDGET_KB} KB, first paint ≤ ${BUDGET_FIRST_PAINT_MS / 1000} s`
      : `\nover budget: ${over.join('; ')}`,
  );
  if (over.length > 0) process.exitCode = 1;
} finally {
  await browser.close();
  await stop();
}
// Done: leave now rather than wait for what the closed browser's connection still settles.
process.exit(process.exitCode ?? 0);
