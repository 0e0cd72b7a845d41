// Benchmarks: login throughput (argon2id cost is deliberate) and /api/health requests per second.
// Starts the built server (apps/api/dist) with a fresh embedded database; prints numbers and ratios.
// Run: pnpm bench   (after `pnpm turbo run build --filter=@lx/api`)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { initialPassword } from '@lx/shared/initial-password';

const root = path.resolve(import.meta.dirname, '..');
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'lx-bench-'));
const duration = Number(process.env.BENCH_SECONDS ?? 10);

const server = spawn(process.execPath, ['apps/api/dist/server.mjs'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
  },
});

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

try {
  await waitForHealth();
  const health = await cannon({ url: `${base}/api/health`, connections: 20, duration });
  const lawyer = DEMO_LAWYERS[0]!;
  const body = JSON.stringify({
    login: lawyer.licenceNo,
    password: initialPassword({ kind: 'LAWYER', idNo: lawyer.idNo }),
  });
  const login = await cannon({
    url: `${base}/api/auth/login`,
    method: 'POST',
    connections: 8,
    duration,
    headers: {
      'content-type': 'application/json',
      cookie: 'lx_csrf=bench',
      'x-csrf-token': 'bench',
    },
    body,
  });
  const rows = [
    ['GET /api/health (SELECT 1 on PGlite)', health],
    ['POST /api/auth/login (argon2id verify + session insert)', login],
  ] as const;
  console.log(`\nBenchmarks, ${duration} s each, Node ${process.version}, embedded PGlite\n`);
  for (const [name, r] of rows) {
    console.log(
      `${name}\n  ${r.requests.average.toFixed(0)} req/s average · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ` +
        `${r.non2xx} non-2xx of ${r.requests.total} · errors ${r.errors}`,
    );
  }
  console.log(
    `\nratio health / login: ${(health.requests.average / Math.max(1, login.requests.average)).toFixed(1)}×`,
  );
  if (login.non2xx > 0 || health.non2xx > 0) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
