#!/usr/bin/env node
// The README's commands, for a machine that has only Node.js 20 and npm:
//   npm start  — install, build, migrate, seed an empty database, serve on http://localhost:3000
//   npm test   — install, then lint, typecheck, unit + API integration tests, build, a syntax
//                check of the built JS for Chrome 86, Playwright flows
//   npm run dev — Vite dev servers with the API behind them
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const PNPM_VERSION = '10.34.9';
const command = process.argv[2];
const localBin = path.join(root, '.tools/node_modules/.bin');

// Every child process sees the local pnpm first: turbo looks for the package manager named in
// package.json's `packageManager` on PATH, not at the path this script calls it by.
// No telemetry call or notice from turbo.
const childEnv = {
  ...process.env,
  PATH: [localBin, process.env.PATH ?? ''].join(path.delimiter),
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...childEnv, ...env },
  });
  if (res.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

/** pnpm 10 (pnpm 11 needs Node 22): the one on PATH if it is 10.x, else a local copy in .tools/. */
function pnpm() {
  try {
    const v = execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (v.startsWith('10.')) return 'pnpm';
  } catch {
    // not installed
  }
  const local = path.join(localBin, 'pnpm');
  if (!existsSync(local))
    run('npm', [
      'install',
      '--prefix',
      '.tools',
      '--no-audit',
      '--no-fund',
      `pnpm@${PNPM_VERSION}`,
    ]);
  return local;
}

function install(p) {
  run(p, ['install', '--frozen-lockfile']);
  run(p, ['exec', 'prisma', 'generate']);
}

// What the tests drive or inspect: Chromium's headless shell for Playwright (about half the CPU of
// the full browser per flow); pdftotext, pdfsig, pdfimages and pdffonts (poppler-utils) and qpdf
// for the generated PDFs.
const TEST_TOOLS = [
  ['/usr/bin/chromium-headless-shell', 'chromium-headless-shell'],
  ['/usr/bin/pdftotext', 'poppler-utils'],
  ['/usr/bin/pdfsig', 'poppler-utils'],
  ['/usr/bin/qpdf', 'qpdf'],
];

function ensureTestTools() {
  const missing = [
    ...new Set(TEST_TOOLS.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg)),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() === 0) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...missing]);
    return;
  }
  console.error(`The tests need: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}

const p = pnpm();
install(p);

if (command === 'start') {
  run(p, ['turbo', 'run', 'build', '--filter=@lx/api', '--filter=@lx/web', '--filter=@lx/admin']);
  const env = {
    NODE_ENV: 'production',
    WEB_DIST: path.join(root, 'apps/web/dist'),
    ADMIN_DIST: path.join(root, 'apps/admin/dist'),
    DATA_DIR: process.env.DATA_DIR ?? path.join(root, 'data'),
    // Production mode marks cookies Secure. `npm start` serves plain http: fine for Chromium and
    // Firefox on localhost, but Safari drops Secure cookies there and a phone on the LAN reaches
    // it by IP over http, so sign-in would silently fail. Secure unless the platform's address is
    // plain http (as it is by default here); COOKIE_SECURE set by hand wins.
    COOKIE_SECURE:
      process.env.COOKIE_SECURE ??
      String(!(process.env.PUBLIC_BASE_URL ?? 'http:').startsWith('http:')),
  };
  console.log(
    `\n律协会员服务平台 → http://localhost:${process.env.PORT ?? 3000}  (管理后台 /admin, API 文档 /api/docs)`,
  );
  const server = spawn(process.execPath, ['apps/api/dist/server.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...childEnv, ...env },
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
  server.on('exit', (code) => process.exit(code ?? 0));
} else if (command === 'test') {
  run(p, ['run', 'lint']);
  run(p, ['run', 'format:check']);
  run(p, ['turbo', 'run', 'typecheck']);
  run(p, ['turbo', 'run', 'test', '--concurrency=1']);
  ensureTestTools();
  run(p, ['turbo', 'run', 'build', '--filter=@lx/api', '--filter=@lx/web', '--filter=@lx/admin']);
  // The built SPAs' JS parses in Chrome 86 (360 Browser's compatibility mode, issue 19).
  run(p, ['run', 'check:browsers']);
  run(p, ['--filter', '@lx/e2e', 'e2e']);
  console.log('\n✓ all tests passed');
} else if (command === 'dev') {
  const children = [
    spawn(p, ['--filter', '@lx/api', 'dev'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...childEnv, DATA_DIR: process.env.DATA_DIR ?? path.join(root, 'data') },
    }),
    spawn(p, ['--filter', '@lx/web', 'dev'], { cwd: root, stdio: 'inherit', env: childEnv }),
    spawn(p, ['--filter', '@lx/admin', 'dev'], { cwd: root, stdio: 'inherit', env: childEnv }),
  ];
  console.log(
    '\n会员端 http://localhost:5173 · 管理后台 http://localhost:5174/admin/ · API http://localhost:3000',
  );
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  console.error('usage: node scripts/run.mjs start|test|dev');
  process.exit(1);
}
