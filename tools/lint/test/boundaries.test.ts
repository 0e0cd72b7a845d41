// The import boundaries in eslint.config.js, proved on one fixture per forbidden kind of import
// (and on allowed ones, so the rule cannot pass by firing everywhere). The fixtures are linted as
// text at real paths in the tree; no file is written. The imported files need not exist.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const RULE = 'import-x/no-restricted-paths';

type Fixture = {
  /** The importing file, from the repository root. */
  file: string;
  /** The import statement(s). */
  code: string;
};

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary messages for a fixture; fails if the file is ignored, unparsable or unresolvable. */
async function boundaryMessages({ file, code }: Fixture) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`no lint result for ${file}`);
  const broken = result.messages.filter(
    (m) => m.fatal || m.ruleId === null || m.message.startsWith('Resolve error'),
  );
  expect(broken, `${file} was not linted normally`).toEqual([]);
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

// The start of each zone's message in eslint.config.js: which boundary refused the import.
const FEATURE = 'features do not import each other';
const APP = 'features do not import app/';
const SHARED = 'shared folders (components/, lib/, config/ …) import neither';
const ROUTES = "a module does not import another module's routes";
const PACKAGE = 'import a workspace package by its name';

const uses = (source: string) => `import { piece } from '${source}';\nexport const used = piece;\n`;

/** One feature of each SPA that imports from another (both exist in that app). */
const spas = [
  { app: 'apps/web/src', own: 'cards', other: 'profile' },
  { app: 'apps/admin/src', own: 'cards', other: 'profiles' },
];

describe.each(spas)('$app', ({ app, own, other }) => {
  const forbidden: [string, Fixture, string][] = [
    [
      'a page imports another feature’s hook, relatively',
      { file: `${app}/features/${own}/pages/f.tsx`, code: uses(`../../${other}/hooks/use-x`) },
      FEATURE,
    ],
    [
      'a page imports another feature’s api',
      { file: `${app}/features/${own}/pages/f.tsx`, code: uses(`../../${other}/api/get-x`) },
      FEATURE,
    ],
    [
      'a file at a feature’s root imports another feature',
      { file: `${app}/features/${own}/f.ts`, code: uses(`../${other}/api/get-x`) },
      FEATURE,
    ],
    [
      'a nested component imports another feature’s component',
      {
        file: `${app}/features/${own}/components/parts/f.tsx`,
        code: uses(`../../../${other}/components/x`),
      },
      FEATURE,
    ],
    [
      'a feature imports another feature by the alias',
      { file: `${app}/features/${own}/pages/f.tsx`, code: uses(`@/features/${other}/pages/x`) },
      FEATURE,
    ],
    [
      'a feature imports another feature through src/',
      {
        file: `${app}/features/${own}/pages/f.tsx`,
        code: uses(`../../../features/${other}/api/x`),
      },
      FEATURE,
    ],
    [
      'a feature re-exports another feature',
      {
        file: `${app}/features/${own}/api/f.ts`,
        code: `export { piece } from '../../${other}/api/x';\n`,
      },
      FEATURE,
    ],
    [
      'a feature imports app/, relatively',
      { file: `${app}/features/${own}/pages/f.tsx`, code: uses('../../../app/router') },
      APP,
    ],
    [
      'a feature imports app/ by the alias',
      { file: `${app}/features/${own}/api/f.ts`, code: uses('@/app/layout/x') },
      APP,
    ],
    [
      'components/ imports a feature by the alias',
      { file: `${app}/components/x.ts`, code: uses(`@/features/${other}/api/x`) },
      SHARED,
    ],
    [
      'components/ imports a feature, relatively',
      { file: `${app}/components/x.tsx`, code: uses(`../features/${other}/components/x`) },
      SHARED,
    ],
    [
      'components/ imports a feature’s type',
      {
        file: `${app}/components/x.ts`,
        code: `import type { Piece } from '@/features/${other}/api/x';\nexport type Used = Piece;\n`,
      },
      SHARED,
    ],
    [
      'components/ loads a feature lazily',
      {
        file: `${app}/components/x.ts`,
        code: `export const load = () => import('@/features/${other}/pages/x');\n`,
      },
      SHARED,
    ],
    [
      'lib/ imports a feature from a nested folder',
      { file: `${app}/lib/auth/x.ts`, code: uses(`../../features/${other}/api/x`) },
      SHARED,
    ],
    ['lib/ imports app/', { file: `${app}/lib/x.ts`, code: uses('@/app/router') }, SHARED],
    ['config/ imports app/', { file: `${app}/config/x.ts`, code: uses('../app/router') }, SHARED],
  ];

  const allowed: [string, Fixture][] = [
    [
      'a feature imports shared components, lib and config',
      {
        file: `${app}/features/${own}/pages/f.tsx`,
        code: [
          uses('@/components/x'),
          `import { a } from '../../../components/y';`,
          `import { b } from '@/lib/api';`,
          `import { c } from '@/config/paths';`,
          'export const more = [a, b, c];',
        ].join('\n'),
      },
    ],
    [
      'a feature imports its own files, by any path',
      {
        file: `${app}/features/${own}/pages/f.tsx`,
        code: [
          uses('../api/get-x'),
          `import { a } from './other-page';`,
          `import { b } from '@/features/${own}/components/x';`,
          `import { c } from '../../${own}/api/y';`,
          'export const more = [a, b, c];',
        ].join('\n'),
      },
    ],
    [
      'a feature imports packages',
      {
        file: `${app}/features/${own}/pages/f.tsx`,
        code: [uses('@lx/ui/x'), `import { Button } from 'antd';`, 'export { Button };'].join('\n'),
      },
    ],
    [
      'app/ composes features, eagerly and lazily',
      {
        file: `${app}/app/router.tsx`,
        code: [
          uses(`@/features/${own}/pages/x`),
          `import { a } from '../features/${other}/pages/y';`,
          `export const load = () => import('@/features/${other}/pages/z');`,
          'export const more = [a];',
        ].join('\n'),
      },
    ],
    ['app/ uses shared folders', { file: `${app}/app/layout/x.tsx`, code: uses('../../lib/x') }],
    [
      'shared folders use each other',
      {
        file: `${app}/components/x.ts`,
        code: [uses('@/lib/x'), `import { a } from '../config/paths';`, 'export { a };'].join('\n'),
      },
    ],
  ];

  it.each(forbidden)('refuses: %s', async (_, fixture, refusal) => {
    expect(await boundaryMessages(fixture)).toEqual([expect.stringContaining(refusal)]);
  });

  it.each(allowed)('allows: %s', async (_, fixture) => {
    expect(await boundaryMessages(fixture)).toEqual([]);
  });
});

describe('apps/api', () => {
  const modules = 'apps/api/src/modules';
  const forbidden: [string, Fixture, string][] = [
    [
      'a module imports another module’s routes.ts',
      { file: `${modules}/cards/f.ts`, code: uses('../profile/routes.ts') },
      ROUTES,
    ],
    [
      'a module imports another module’s admin-routes.ts',
      { file: `${modules}/cards/f.ts`, code: uses('../certificates/admin-routes.ts') },
      ROUTES,
    ],
    [
      'a module’s routes import another module’s routes, without the extension',
      { file: `${modules}/cards/routes.ts`, code: uses('../profile/routes') },
      ROUTES,
    ],
    [
      'a module imports another module’s routes through src/',
      { file: `${modules}/cards/f.ts`, code: uses('../../modules/tickets/routes.ts') },
      ROUTES,
    ],
  ];

  const allowed: [string, Fixture][] = [
    [
      'a module imports its own routes and services',
      {
        file: `${modules}/certificates/admin-routes.ts`,
        code: [
          uses('./routes.ts'),
          `import { a } from './certificate-records.ts';`,
          'export { a };',
        ].join('\n'),
      },
    ],
    [
      'a module imports lib/ and another module’s service',
      {
        file: `${modules}/cards/routes.ts`,
        code: [
          uses('../../lib/send-file.ts'),
          `import { a } from '../outbox/enqueue-job.ts';`,
          'export { a };',
        ].join('\n'),
      },
    ],
    [
      'app.ts registers every module’s routes',
      { file: 'apps/api/src/app.ts', code: uses('./modules/profile/routes.ts') },
    ],
  ];

  it.each(forbidden)('refuses: %s', async (_, fixture, refusal) => {
    expect(await boundaryMessages(fixture)).toEqual([expect.stringContaining(refusal)]);
  });

  it.each(allowed)('allows: %s', async (_, fixture) => {
    expect(await boundaryMessages(fixture)).toEqual([]);
  });
});

describe('bench and e2e', () => {
  it.each<[string, Fixture, string]>([
    [
      'bench/ imports the API by path',
      { file: 'bench/f.ts', code: uses('../apps/api/src/lib/x.ts') },
      PACKAGE,
    ],
    [
      'e2e/ imports the shared rules by path',
      { file: 'e2e/support/f.ts', code: uses('../../packages/shared/src/initial-password.ts') },
      PACKAGE,
    ],
  ])('refuses: %s', async (_, fixture, refusal) => {
    expect(await boundaryMessages(fixture)).toEqual([expect.stringContaining(refusal)]);
  });

  it('allows the package names and its own files', async () => {
    const code = [
      uses('@lx/api/lib/signing'),
      `import { a } from '@lx/shared/initial-password';`,
      `import { b } from './auth-steps.ts';`,
      'export { a, b };',
    ].join('\n');
    expect(await boundaryMessages({ file: 'e2e/support/f.ts', code })).toEqual([]);
  });
});
