import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const foldersIn = (dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * Where an import points, whether or not the file exists yet: relative paths from the importing
 * file, `@/…` from the app's src/ (the SPAs' tsconfig alias). Packages stay unresolved: they are
 * in no zone. The direction rules need nothing more, and a rule that skipped imports it cannot
 * resolve would let a mistyped path through unseen.
 */
function pointsTo(srcDir) {
  return {
    interfaceVersion: 3,
    name: 'lx-points-to',
    resolve(source, file) {
      if (srcDir && source.startsWith('@/'))
        return { found: true, path: path.join(srcDir, source.slice(2)) };
      if (source === '.' || source === '..' || /^\.\.?\//.test(source))
        return { found: true, path: path.resolve(path.dirname(file), source) };
      return { found: false };
    },
  };
}

const spaMessage = {
  feature:
    'features do not import each other: move the shared piece to components/ or lib/, or compose the two in app/.',
  app: 'features do not import app/: app/ composes the features.',
  shared: 'shared folders (components/, lib/, config/ …) import neither features/ nor app/.',
};

/** One boundary: files, where their imports resolve, and the zones they may not import from. */
function boundary({ files, resolveIn, zones }) {
  return {
    files,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [pointsTo(resolveIn)] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] },
  };
}

/**
 * In each SPA the imports go one way: app → features → shared folders (components, lib, config,
 * and any other folder beside them); no feature imports another feature.
 */
function spaBoundaries(app) {
  const src = `apps/${app}/src`;
  const shared = foldersIn(src).filter((name) => name !== 'app' && name !== 'features');
  return boundary({
    files: [`${src}/**/*.{ts,tsx}`],
    resolveIn: path.join(root, src),
    zones: [
      ...foldersIn(`${src}/features`).map((feature) => ({
        target: `${src}/features/${feature}`,
        from: `${src}/features`,
        except: [`./${feature}`],
        message: spaMessage.feature,
      })),
      { target: `${src}/features`, from: `${src}/app`, message: spaMessage.app },
      {
        target: shared.map((name) => `${src}/${name}`),
        from: [`${src}/features`, `${src}/app`],
        message: spaMessage.shared,
      },
    ],
  });
}

/**
 * In the API a module may use another module's services, never its routes: a routes file exports
 * only its routes, and app.ts registers them.
 */
function apiBoundaries() {
  const modules = 'apps/api/src/modules';
  return boundary({
    files: ['apps/api/src/**/*.ts'],
    resolveIn: null,
    zones: foldersIn(modules).map((module) => ({
      target: `${modules}/${module}`,
      from: [`${modules}/*/*routes{,.ts,.js}`],
      except: [path.join(root, modules, module, '**')],
      message:
        "a module does not import another module's routes: move the shared piece to lib/ or a service file.",
    })),
  });
}

/** bench/ and e2e/ reach the API and the shared rules by package name (@lx/api/…, @lx/shared/…). */
const byPackageName = boundary({
  files: ['bench/**/*.ts', 'e2e/**/*.ts'],
  resolveIn: null,
  zones: [
    {
      target: ['bench', 'e2e'],
      from: ['apps', 'packages'],
      message: 'import a workspace package by its name (@lx/api/…, @lx/shared/…), not by path.',
    },
  ],
});

const boundaries = [spaBoundaries('web'), spaBoundaries('admin'), apiBoundaries(), byPackageName];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'apps/api/src/generated/**',
      'data/**',
      '.tools/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'e2e/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'apps/admin/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...boundaries,
);
