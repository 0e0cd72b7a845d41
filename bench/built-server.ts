// The built API server (apps/api/dist) on a PostgreSQL database for the HTTP benchmarks, and the
// demo lawyer 陈建国 signed in to it: what event-list.ts and documents.ts share.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import { initialPassword } from '@lx/shared/initial-password';

const root = path.resolve(import.meta.dirname, '..');

export const cannon = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))),
  );

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/**
 * Starts the server on the database (it migrates and seeds an empty one) and waits for it; without
 * a URL, on an embedded PGlite database in its data directory. It serves the built SPAs too.
 */
export async function startBuiltServer(url?: string) {
  const port = await freePort(); // two servers at once (bench:scale) must not pick the same
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lx-bench-server-'));
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
      DATABASE_URL: url,
      WEB_DIST: path.join(root, 'apps/web/dist'),
      ADMIN_DIST: path.join(root, 'apps/admin/dist'),
      COOKIE_SECURE: 'false',
      RATE_LIMIT_PER_MINUTE: '100000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
    },
  });
  // The data directory goes once the server has exited: removed under a server still shutting
  // down, its embedded database aborted and printed an unhandled rejection ("Infinity").
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = async () => {
    server.kill();
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 600) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

type Credentials = { login: string; password: string; portal: 'member' | 'admin' };

/**
 * A demo account signed in (setting its own password the first time, as the product asks), as
 * the cookie header of its session.
 */
export async function signInDemo(base: string, who: Credentials): Promise<string> {
  const csrf = 'bench-csrf';
  const headers = {
    'content-type': 'application/json',
    cookie: `${CSRF_COOKIE}=${csrf}`,
    [CSRF_HEADER]: csrf,
  };
  const chosen = 'Bench-List-2026';
  const signIn = async (password: string) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ login: who.login, password, portal: who.portal }),
    });
  const sessionOf = (res: Response) =>
    new RegExp(`${SESSION_COOKIE}=[^;]+`).exec(res.headers.get('set-cookie') ?? '')?.[0];
  let login = await signIn(chosen);
  if (!login.ok) {
    login = await signIn(who.password);
    const me = await fetch(`${base}/api/auth/me`, {
      headers: { ...headers, cookie: `${headers.cookie}; ${sessionOf(login)}` },
    });
    if (((await me.json()) as { mustChangePassword?: boolean }).mustChangePassword) {
      await fetch(`${base}/api/auth/change-password`, {
        method: 'POST',
        headers: { ...headers, cookie: `${headers.cookie}; ${sessionOf(login)}` },
        body: JSON.stringify({
          oldPassword: who.password,
          newPassword: chosen,
          confirmPassword: chosen,
        }),
      });
      login = await signIn(chosen);
    }
  }
  const session = sessionOf(login);
  if (!session) throw new Error(`sign-in as ${who.login} failed: ${login.status}`);
  return session;
}

/** 陈建国 signed in, as the cookie header of his session. */
export function signInDemoLawyer(base: string): Promise<string> {
  const lawyer = DEMO_LAWYERS[0]!;
  return signInDemo(base, {
    login: lawyer.licenceNo!,
    password: initialPassword({ kind: 'LAWYER', idNo: lawyer.idNo }),
    portal: 'member',
  });
}
