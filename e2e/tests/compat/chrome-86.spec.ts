import { expect, test, type Page } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

// A page's chunks can take a while on a busy machine: each page gets 30 s to show itself.
const shown = { timeout: 30_000 };

// 360 Browser's compatibility mode runs old Chromium kernels, Chrome 86 among them (issue 19).
// This Chromium is newer, so the pages are opened with what Chrome 86 lacks taken away: the
// built-ins newer than Chrome 86 are deleted before any page script runs, and every style rule in
// the document is checked for selectors and properties Chrome 86 drops (a rule with `:where(` is
// dropped whole: antd's components then render unstyled). The built JS is checked for syntax
// newer than Chrome 86 by scripts/check-browser-syntax.mjs.

const lawyer = demoLawyer(17);
const reviewer = E2E_STAFF.compatReviewer;

/** Deletes the built-ins Chrome 86 does not have (each with the Chrome version that added it). */
function removeNewerBuiltIns() {
  const drop = (owner: object | undefined, names: string[]) => {
    for (const name of names) {
      if (owner) Reflect.deleteProperty(owner, name);
    }
  };
  drop(Array.prototype, [
    'at', // 92
    'findLast', // 97
    'findLastIndex', // 97
    'toSorted', // 110
    'toReversed', // 110
    'toSpliced', // 110
    'with', // 110
  ]);
  drop(Object.getPrototypeOf(Int8Array.prototype) as object, [
    'at',
    'findLast',
    'findLastIndex',
    'toSorted',
    'toReversed',
    'with',
  ]);
  drop(String.prototype, ['at', 'isWellFormed', 'toWellFormed']); // 92, 111
  drop(Object, ['hasOwn', 'groupBy']); // 93, 117
  drop(Map, ['groupBy']); // 117
  drop(Promise, ['withResolvers']); // 119
  drop(Array, ['fromAsync']); // 121
  drop(Set.prototype, [
    'union', // 122
    'intersection',
    'difference',
    'symmetricDifference',
    'isSubsetOf',
    'isSupersetOf',
    'isDisjointFrom',
  ]);
  drop(AbortSignal, ['timeout', 'any']); // 103, 116
  drop(Intl, ['Segmenter']); // 87
  drop(Element.prototype, ['checkVisibility']); // 105
  drop(Crypto.prototype, ['randomUUID']); // 92
  drop(globalThis, ['structuredClone', 'Iterator']); // 98, 122
  // Iterator helpers (122) on every built-in iterator.
  drop(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object, [
    'map',
    'filter',
    'take',
    'drop',
    'flatMap',
    'reduce',
    'toArray',
    'forEach',
    'some',
    'every',
    'find',
  ]);
}

/**
 * What in the document's styles Chrome 86 does not understand: selectors from the style rules (a
 * rule with one is dropped whole), properties and values from the styles' text as written (the
 * CSSOM of this newer Chromium writes top/right/bottom/left back out as `inset`, so it cannot tell
 * which was written), and the elements' inline styles.
 */
async function unsupportedStyles(): Promise<string[]> {
  const properties = [
    'inset', // 87, like all the inset-* logical properties
    'inset-inline',
    'inset-block',
    'inset-inline-start',
    'inset-inline-end',
    'inset-block-start',
    'inset-block-end',
    'margin-inline', // 87: the shorthands; margin-inline-start and friends are older
    'margin-block',
    'padding-inline',
    'padding-block',
    'border-inline',
    'border-block',
    'border-inline-width',
    'border-inline-style',
    'border-inline-color',
    'border-block-width',
    'border-block-style',
    'border-block-color',
    'aspect-ratio', // 88
    'translate', // 104
    'rotate',
    'scale',
  ];
  const declaration = new RegExp(`(?:^|[{;])\\s*(${properties.join('|')})\\s*:`, 'g');
  const problems: string[] = [];
  const checkText = (text: string, where: string) => {
    const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(declaration)) {
      const at = m.index ?? 0;
      problems.push(`${where}: ${m[1]} in …${css.slice(Math.max(0, at - 80), at + 30)}`);
    }
    if (css.includes('color-mix(')) problems.push(`${where}: color-mix() (Chrome 111)`);
  };
  // Selectors: `:where(` and `:is(` (88) make Chrome 86 drop the rule. `:has(` (105) too: a rule
  // that also names elements without it would lose them as well; a rule whose every selector
  // needs `:has(` (a focus ring or a detail antd adds where the browser can) is one Chrome 86
  // could not apply anyway, and is left to newer browsers.
  const walk = (rules: CSSRuleList, where: string) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        const selector = rule.selectorText;
        for (const s of [':where(', ':is('])
          if (selector.includes(s)) problems.push(`${where}: ${s} in ${selector.slice(0, 120)}`);
        const parts = selector.split(/,(?![^(]*\))/);
        const withHas = parts.filter((part) => part.includes(':has(')).length;
        if (withHas > 0 && withHas < parts.length)
          problems.push(`${where}: :has( beside other selectors in ${selector.slice(0, 120)}`);
        // Logical longhands this Chromium keeps as written.
        for (let i = 0; i < rule.style.length; i++) {
          const name = rule.style.item(i);
          if (name.startsWith('inset-'))
            problems.push(`${where}: ${name} in ${selector.slice(0, 120)}`);
        }
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) walk(rule.cssRules, where);
    }
  };
  const sheets: CSSStyleSheet[] = [
    ...Array.from(document.styleSheets),
    ...document.adoptedStyleSheets,
  ];
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours
    }
    const owner = sheet.ownerNode;
    const where =
      sheet.href ??
      (owner instanceof Element
        ? `<style ${owner.getAttribute('data-css-hash') ?? ''}>`
        : 'adopted');
    walk(rules, where);
    const text = sheet.href
      ? await (await fetch(sheet.href)).text()
      : owner instanceof HTMLStyleElement && owner.textContent
        ? owner.textContent
        : Array.from(rules)
            .map((r) => r.cssText)
            .join('\n');
    checkText(text, where);
  }
  // Inline styles (React's `style`) are declarations too.
  for (const element of Array.from(document.querySelectorAll('[style]')))
    checkText(`;${element.getAttribute('style') ?? ''}`, `<${element.localName} style>`);
  return problems;
}

async function expectChrome86Ready(page: Page, what: string) {
  await expect(page.getByText('页面出错了')).toHaveCount(0);
  await expect(page.getByText('页面加载失败')).toHaveCount(0);
  const problems = await page.evaluate(unsupportedStyles);
  expect(
    problems.length,
    `${what}: ${problems.length} style rules Chrome 86 drops, e.g.\n${problems.slice(0, 15).join('\n')}`,
  ).toBe(0);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(removeNewerBuiltIns);
  page.on('pageerror', (error) => {
    throw new Error(`script error on ${page.url()}: ${error.message}`);
  });
});

test('the member SPA works without what Chrome 86 lacks: login, home, a wizard step', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  // The init script ran: this page has none of the newer built-ins.
  expect(await page.evaluate(() => typeof Object.hasOwn)).toBe('undefined');
  await expect(page.getByLabel('账号')).toBeVisible(shown);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expectChrome86Ready(page, '登录');

  await signIn(page, '/login', lawyer.login, lawyer.password);
  await expect(page.getByLabel('旧密码')).toBeVisible(shown);
  await changeInitialPassword(page, lawyer.password, 'E2E-Compat-2026');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(shown);
  const nav = page.getByRole('navigation', { name: '主导航' });
  // The main menu is laid out as a bar with its entries, not collapsed to "···".
  await expect(nav.getByRole('link', { name: '电子证明', exact: true })).toBeVisible();
  await expectChrome86Ready(page, '首页');

  await nav.getByRole('link', { name: '电子证明', exact: true }).click();
  await page.getByRole('button', { name: '我要申请' }).click(shown);
  await expect(page.getByText(lawyer.name).first()).toBeVisible(shown);
  await page.getByRole('button', { name: '信息无误，下一步' }).click();
  await expect(page.getByRole('radio', { name: /^律师执业证明/ })).toBeVisible(shown);
  await expectChrome86Ready(page, '申请证明');
  await page.screenshot({ path: '.artifacts/compat-chrome86-wizard.png', fullPage: true });
});

test('the staff console works without what Chrome 86 lacks: login, home, a queue', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/admin/login');
  await expect(page.getByLabel('用户名')).toBeVisible(shown);
  await expectChrome86Ready(page, '管理后台登录');

  await signIn(page, '/admin/login', reviewer.login, reviewer.password);
  await expect(page.getByLabel('旧密码')).toBeVisible(shown);
  await changeInitialPassword(page, reviewer.password, 'E2E-Compat-Staff-2026');
  await expect(page.getByText('待办事项', { exact: true })).toBeVisible(shown);
  await expect(page.getByRole('menuitem', { name: /证明审核/ })).toBeVisible();
  await expectChrome86Ready(page, '工作台');

  await page.getByRole('menuitem', { name: /证明审核/ }).click();
  await expect(page.getByRole('tab', { name: /^待审核/ })).toBeVisible(shown);
  await expect(page.getByRole('table')).toBeVisible(shown);
  await expectChrome86Ready(page, '证明审核');
  await page.screenshot({ path: '.artifacts/compat-chrome86-queue.png', fullPage: true });
});
