// Scale benchmark (issue 17): the platform against a hand-written baseline on the 30,000-lawyer
// dataset (bench/dataset.ts, generated when absent) in PostgreSQL.
// - The built API server (bench/built-server.ts) and the baseline (bench/scale-baseline.ts: bare
//   Fastify + `pg` Pool of the API's size, hand-written SQL for the same rows, columns and counts,
//   one indexed session lookup per request) run side by side as two child processes on the same
//   database; autocannon, 50 connections, BENCH_SECONDS (default 5) per run, 3 interleaved runs
//   (platform, baseline, platform, baseline…), medians.
// - Reads: the four staff queues (first page / a state tab / a deep page), a lawyer's home, a
//   firm's roster (20 and 600 lawyers), the member's own lists (我的工单 and 我的证明 of the
//   accounts with the most, a lawyer's 消息, all and unread), GET /api/health against a bare
//   SELECT 1.
// - Writes: 申请会员卡 by different lawyers (each request the next lawyer of a pool, each with an
//   uploaded photo waiting; the pool's applications are removed before every run), 提交工单, and
//   提交报名申请 by the same pool for one published event with places for all (its registrations
//   removed before every run).
// - Two processes: a second API process on the same database; the lawyer's home and the card
//   queue through both (25 + 25 connections) against the first alone (50), req/s summed.
// - Burst: 200 different lawyers apply for a card at the same moment; counts by status, exactly
//   one application per lawyer in the database, no 500.
// Staff sign in through the API; the generated lawyers and firms the bench uses get their session
// rows written directly (and a real password, no forced change), as 200 sign-ins would cost
// 200 argon2 hashes of CPU the measurement does not want.
// Needs BENCH_DATABASE_URL (a PostgreSQL database; empty, or holding the dataset) and the built API
// (`pnpm turbo run build --filter=@lx/api`).
// Run: BENCH_DATABASE_URL=postgresql://… pnpm --filter @lx/bench bench:scale
//   BENCH_LAWYERS (default 30000) when it generates the dataset; BENCH_ONLY=<regexp> measures only
//   the endpoints whose name matches (the burst always runs).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_STAFF } from '@lx/api/db/demo-data';
import { hashPassword } from '@lx/api/lib/passwords';
import { randomToken, sha256 } from '@lx/api/lib/tokens';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@lx/shared/errors';
import { cannon, signInDemo, startBuiltServer } from './built-server.ts';
import { ensureDataset } from './dataset.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.log('\nScale: set BENCH_DATABASE_URL (a PostgreSQL database) to run it.');
  process.exit(0);
}
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const lawyerCount = Number(process.env.BENCH_LAWYERS ?? 30_000);
const RUNS = 3;
const CONNECTIONS = 50;
const POOL = Number(process.env.BENCH_WRITER_POOL ?? 8000);
const BURST = 200;
/** The endpoints measured again through two API processes (a read every page makes, a queue). */
const SCALE_OUT = ["lawyer's home", '会员卡 first page'];
const CSRF = 'bench-scale-csrf';
const began = performance.now();
const loads: string[] = [];
const noteLoad = (when: string) =>
  loads.push(
    `${when} ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}`,
  );
noteLoad('start');

const dataset = await ensureDataset(url, lawyerCount);
console.log(
  dataset.loaded
    ? `Dataset loaded in ${dataset.seconds.toFixed(1)} s.`
    : `Dataset present (${dataset.counts.lawyers} generated lawyers).`,
);

const db = new pg.Pool({ connectionString: url, max: 4 });
const { base, stop } = await startBuiltServer(url);
const baselinePort = 3990 + Math.floor(Math.random() * 9);
const baselineBase = `http://127.0.0.1:${baselinePort}`;
const baseline = spawn(process.execPath, ['--import', 'tsx', 'scale-baseline.ts'], {
  cwd: import.meta.dirname,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, BASELINE_PORT: String(baselinePort), BENCH_DATABASE_URL: url },
});
const shutdown = async () => {
  baseline.kill();
  await stop();
  await db.end();
};

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${baselineBase}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error('baseline did not start');
    await new Promise((r) => setTimeout(r, 200));
  }

  // --- Who asks -------------------------------------------------------------------------------
  const staff = async (username: string) => {
    const s = DEMO_STAFF.find((x) => x.username === username)!;
    return `${await signInDemo(base, { login: s.username, password: s.password, portal: 'admin' })}; ${CSRF_COOKIE}=${CSRF}`;
  };
  const [reviewer, cardOfficer, certReviewer, agent] = await Promise.all(
    ['profile.reviewer', 'card.officer', 'cert.reviewer', 'support.agent'].map(staff),
  );
  /** Sessions written directly for accounts of the dataset; they get a real password first. */
  const sessionsFor = async (accountIds: string[]) => {
    const tokens = accountIds.map(() => randomToken());
    await db.query(
      `UPDATE "Account" SET "passwordHash" = $2, "mustChangePassword" = false,
         "passwordChangedAt" = now() WHERE id = ANY($1::uuid[]) AND "mustChangePassword"`,
      [accountIds, await hashPassword('Bench-Scale-2026')],
    );
    await db.query(
      `INSERT INTO "Session" (id, "tokenHash", "csrfToken", "accountId", "expiresAt")
       SELECT gen_random_uuid(), t, $3, a, now() + interval '1 day'
       FROM unnest($1::text[], $2::uuid[]) AS v(t, a)`,
      [tokens.map(sha256), accountIds, CSRF],
    );
    return tokens.map((t) => `${SESSION_COOKIE}=${t}; ${CSRF_COOKIE}=${CSRF}`);
  };
  const home = await db.query<{ accountId: string }>(
    `SELECT l."accountId" FROM "CardApplication" c JOIN "Lawyer" l ON l.id = c."lawyerId"
     WHERE c.state = 'VERIFIED' AND l."memberNo" ~ '^LS1' ORDER BY l."memberNo" LIMIT 1`,
  );
  // Writers: generated lawyers in practice with no card application and no card.
  const writers = await db.query<{ id: string; accountId: string }>(
    `SELECT l.id, l."accountId" FROM "Lawyer" l
     WHERE l."memberNo" ~ '^LS1' AND l.status = 'PRACTISING'
       AND NOT EXISTS (SELECT 1 FROM "CardApplication" c WHERE c."lawyerId" = l.id)
       AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."lawyerId" = l.id)
     ORDER BY l."memberNo" LIMIT $1`,
    [POOL],
  );
  const writerIds = writers.rows.map((w) => w.id);
  // 会员卡: a lawyer with a card in use and a replacement applied for.
  const cardHolder = await db.query<{ accountId: string }>(
    `SELECT l."accountId" FROM "Lawyer" l
     WHERE l."memberNo" ~ '^LS1' AND EXISTS (SELECT 1 FROM "Card" c WHERE c."lawyerId" = l.id)
     ORDER BY (SELECT count(*) FROM "CardApplication" x WHERE x."lawyerId" = l.id) DESC,
       l."memberNo" LIMIT 1`,
  );
  // The member's own lists: the accounts with the most tickets and certificate applications.
  const busiest = async (table: string) =>
    (
      await db.query<{ accountId: string }>(
        `SELECT "accountId" FROM "${table}" GROUP BY "accountId" ORDER BY count(*) DESC, "accountId" LIMIT 1`,
      )
    ).rows[0]!.accountId;
  const [
    homeCookie,
    bigFirmCookie,
    smallFirmCookie,
    ticketsCookie,
    certificatesCookie,
    cardsCookie,
    ...writerCookies
  ] = await sessionsFor([
    home.rows[0]!.accountId,
    dataset.bigFirm.accountId,
    dataset.smallFirm.accountId,
    await busiest('Ticket'),
    await busiest('CertificateApplication'),
    cardHolder.rows[0]!.accountId,
    ...writers.rows.map((w) => w.accountId),
  ]);
  /** Before a write run: the pool's applications gone, a photo waiting for each. */
  const resetWriters = async () => {
    await db.query(`DELETE FROM "CardApplication" WHERE "lawyerId" = ANY($1::uuid[])`, [writerIds]);
    await db.query(
      `INSERT INTO "CardPhotoUpload" ("lawyerId", key)
       SELECT l, 'card-applications/' || l || '/bench-upload.jpg' FROM unnest($1::uuid[]) AS l
       ON CONFLICT DO NOTHING`,
      [writerIds],
    );
  };

  // The event the pool registers for: open now, every practice category, places for all of them.
  await db.query(`DELETE FROM "Event" WHERE title = '压测活动'`); // an earlier run's
  const { rows: eventRows } = await db.query<{ id: string }>(
    `INSERT INTO "Event" (id, title, organiser, location, "startsAt", "endsAt",
       "registrationOpensAt", "registrationClosesAt", capacity, "scopePractice",
       "scopeOrganisations", state, "publishedAt", "updatedAt")
     VALUES (gen_random_uuid(), '压测活动', '压测律师协会', '报告厅', now() + interval '3 days',
       now() + interval '3 days 2 hours', now() - interval '1 day', now() + interval '2 days',
       1000000, '{FULL_TIME,PART_TIME,COMPANY,PUBLIC,LEGAL_AID,TRAINEE}', '{}', 'PUBLISHED',
       now(), now())
     RETURNING id`,
  );
  const eventId = eventRows[0]!.id;
  /** Before a registration run: the event's registrations gone, its places free again. */
  const resetEvent = async () => {
    await db.query(`DELETE FROM "EventRegistration" WHERE "eventId" = $1`, [eventId]);
    await db.query(`UPDATE "Event" SET "placesTaken" = 0, "registrationsMade" = 0 WHERE id = $1`, [
      eventId,
    ]);
  };

  // --- The endpoints ----------------------------------------------------------------------------
  const total = async (path: string, cookie: string) =>
    ((await (await fetch(`${base}${path}`, { headers: { cookie } })).json()) as { total: number })
      .total;
  const lastPage = async (path: string, cookie: string) =>
    Math.max(1, Math.ceil((await total(`${path}?page=1&pageSize=20`, cookie)) / 20));
  type Endpoint = {
    name: string;
    path: string;
    cookie?: string;
    write?: { body: (i: number) => unknown; cookies: string[]; reset?: () => Promise<void> };
  };
  const queue = (label: string, path: string, cookie: string, filter: string, deep: number) => [
    { name: `${label} first page`, path: `${path}?page=1&pageSize=20`, cookie },
    { name: `${label} ${filter}`, path: `${path}?${filter}&page=1&pageSize=20`, cookie },
    { name: `${label} page ${deep}`, path: `${path}?page=${deep}&pageSize=20`, cookie },
  ];
  const endpoints: Endpoint[] = [
    ...queue('档案审核', '/api/admin/profiles', reviewer!, 'state=SUBMITTED', 500),
    ...queue(
      '会员卡',
      '/api/admin/card-applications',
      cardOfficer!,
      'state=PENDING',
      await lastPage('/api/admin/card-applications', cardOfficer!),
    ),
    ...queue(
      '证明审核',
      '/api/admin/certificates',
      certReviewer!,
      'state=PENDING',
      await lastPage('/api/admin/certificates', certReviewer!),
    ),
    ...queue('工单', '/api/admin/tickets', agent!, 'state=OPEN', 500),
    { name: "lawyer's home", path: '/api/home', cookie: homeCookie! },
    {
      name: `roster ${dataset.smallFirm.lawyers} lawyers`,
      path: '/api/organisation/lawyers',
      cookie: smallFirmCookie!,
    },
    {
      name: `roster ${dataset.bigFirm.lawyers} lawyers`,
      path: '/api/organisation/lawyers',
      cookie: bigFirmCookie!,
    },
    { name: '我的工单', path: '/api/tickets?page=1&pageSize=20', cookie: ticketsCookie! },
    { name: '消息', path: '/api/notifications?page=1&pageSize=20', cookie: homeCookie! },
    {
      name: '消息 unread',
      path: '/api/notifications?unread=true&page=1&pageSize=20',
      cookie: homeCookie!,
    },
    { name: '我的证明', path: '/api/certificates?page=1&pageSize=20', cookie: certificatesCookie! },
    {
      name: '会员卡 (a lawyer’s cards and applications)',
      path: '/api/cards',
      cookie: cardsCookie!,
    },
    { name: 'health vs SELECT 1', path: '/api/health' },
    {
      name: 'apply for a card (POST)',
      path: '/api/card-applications',
      write: {
        body: () => ({ kind: 'FIRST', photo: 'uploaded', confirmed: true }),
        cookies: writerCookies,
        reset: resetWriters,
      },
    },
    {
      name: 'open a ticket (POST)',
      path: '/api/tickets',
      write: {
        body: (i) => ({
          category: '其他',
          title: '压测工单',
          description: `压测提交的工单 ${i}，请忽略。`,
        }),
        cookies: writerCookies,
      },
    },
    {
      name: 'register for an event (POST)',
      path: `/api/events/${eventId}/registrations`,
      write: {
        body: () => ({
          name: '压测律师',
          gender: 'MALE',
          workplace: '压测律师事务所',
          mobile: '13800000000',
          email: 'bench@example.com',
        }),
        cookies: writerCookies,
        reset: resetEvent,
      },
    },
  ];

  /**
   * Waits until the database has no statement or transaction in progress: the requests still in
   * flight when autocannon stops would otherwise run into the next run (and its reset).
   */
  const settle = async () => {
    for (let i = 0; i < 300; i++) {
      const { rows } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid()
           AND state IN ('active', 'idle in transaction')`,
      );
      if (Number(rows[0]!.n) === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const measure = async (target: string, endpoint: Endpoint) => {
    await settle();
    await endpoint.write?.reset?.();
    const options: autocannon.Options = {
      url: `${target}${endpoint.path}`,
      connections: CONNECTIONS,
      duration: seconds,
      headers: endpoint.cookie ? { cookie: endpoint.cookie } : {},
    };
    if (endpoint.write) {
      const { body, cookies } = endpoint.write;
      let next = 0;
      options.requests = [
        {
          method: 'POST',
          setupRequest: (request) => {
            const i = next++;
            return {
              ...request,
              method: 'POST',
              body: JSON.stringify(body(i)),
              headers: {
                ...request.headers,
                'content-type': 'application/json',
                cookie: cookies[i % cookies.length]!,
                [CSRF_HEADER]: CSRF,
              },
            };
          },
        },
      ];
    }
    const result = await cannon(options);
    return {
      rps: result.requests.average,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result['5xx'],
      timeouts: result.errors,
    };
  };
  // The baseline must answer with the same rows: compare what both say for each read.
  type Answer = {
    items?: { id: string }[];
    total?: number;
    counts?: Record<string, number>;
    lawyers?: { id: string }[];
    workItems?: { key: string }[];
    cards?: unknown[];
    applications?: unknown[];
    options?: unknown;
    practice?: unknown;
  };
  const gist = (a: Answer) =>
    JSON.stringify({
      ids: (a.items ?? a.lawyers)?.map((x) => x.id),
      total: a.total,
      counts: a.counts,
      work: a.workItems?.map((w) => w.key),
      cards: a.cards,
      applications: a.applications,
      options: a.options,
      practice: a.practice,
    });
  for (const endpoint of endpoints.filter((e) => !e.write)) {
    const read = async (target: string) =>
      (await (
        await fetch(`${target}${endpoint.path}`, { headers: { cookie: endpoint.cookie ?? '' } })
      ).json()) as Answer;
    const [p, b] = [gist(await read(base)), gist(await read(baselineBase))];
    if (p !== b) console.log(`  ! ${endpoint.name}: the baseline differs\n    ${p}\n    ${b}`);
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows: string[][] = [];
  let platform5xx = 0;
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
  for (const endpoint of endpoints.filter((e) => !only || only.test(e.name))) {
    const platform: Awaited<ReturnType<typeof measure>>[] = [];
    const hand: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < RUNS; run++) {
      platform.push(await measure(base, endpoint));
      hand.push(await measure(baselineBase, endpoint));
    }
    const p = median(platform.map((r) => r.rps));
    const b = median(hand.map((r) => r.rps));
    const sum = (rs: typeof platform, key: 'non2xx' | 'errors' | 'timeouts') =>
      rs.reduce((a, r) => a + r[key], 0);
    platform5xx += sum(platform, 'errors');
    rows.push([
      endpoint.name,
      p.toFixed(0),
      b.toFixed(0),
      (p / b).toFixed(2),
      `${median(platform.map((r) => r.p99)).toFixed(0)} ms`,
      `${sum(platform, 'non2xx')} / ${sum(hand, 'non2xx')}`,
      `${sum(platform, 'errors')} / ${sum(hand, 'errors')}`,
      `${sum(platform, 'timeouts')} / ${sum(hand, 'timeouts')}`,
    ]);
    console.log(`  ${rows.at(-1)!.join('  ')}`);
  }
  noteLoad('after the runs');

  // --- Two processes against one -------------------------------------------------------------
  // A second API process on the same database; the same 50 connections, split 25 / 25 between
  // the two, against all 50 on the first alone; 3 interleaved runs, medians of the summed req/s.
  const scaleOut: string[][] = [];
  const second = await startBuiltServer(url);
  try {
    for (const endpoint of endpoints.filter(
      (e) => SCALE_OUT.includes(e.name) && (!only || only.test(e.name)),
    )) {
      const split = async () => {
        await settle();
        const run = (target: string) =>
          cannon({
            url: `${target}${endpoint.path}`,
            connections: CONNECTIONS / 2,
            duration: seconds,
            headers: endpoint.cookie ? { cookie: endpoint.cookie } : {},
          });
        const results = await Promise.all([run(base), run(second.base)]);
        platform5xx += results.reduce((n, r) => n + r['5xx'], 0);
        return results.reduce((n, r) => n + r.requests.average, 0);
      };
      const one: number[] = [];
      const two: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        one.push((await measure(base, endpoint)).rps);
        two.push(await split());
      }
      const [p1, p2] = [median(one), median(two)];
      scaleOut.push([endpoint.name, p1.toFixed(0), p2.toFixed(0), (p2 / p1).toFixed(2)]);
      console.log(`  two processes: ${scaleOut.at(-1)!.join('  ')}`);
    }
  } finally {
    await second.stop();
  }
  noteLoad('after two processes');

  // --- The burst ------------------------------------------------------------------------------
  await settle();
  await resetWriters();
  const burstLawyers = writerIds.slice(0, BURST);
  const refusals = new Map<number, string>();
  const burstStart = performance.now();
  const statuses = await Promise.all(
    writerCookies.slice(0, BURST).map(async (cookie) => {
      try {
        const res = await fetch(`${base}/api/card-applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: CSRF },
          body: JSON.stringify({ kind: 'FIRST', photo: 'uploaded', confirmed: true }),
        });
        const text = await res.text();
        if (res.status !== 201) refusals.set(res.status, text.slice(0, 160));
        return String(res.status);
      } catch {
        return 'network error';
      }
    }),
  );
  const burstMs = performance.now() - burstStart;
  const byStatus = new Map<string, number>();
  for (const s of statuses) byStatus.set(s, (byStatus.get(s) ?? 0) + 1);
  const made = await db.query<{ n: string; lawyers: string }>(
    `SELECT count(*) AS n, count(DISTINCT "lawyerId") AS lawyers FROM "CardApplication"
     WHERE "lawyerId" = ANY($1::uuid[])`,
    [burstLawyers],
  );
  const created = statuses.filter((s) => s === '201').length;
  const inDb = made.rows[0]!;
  noteLoad('end');

  // --- Report -----------------------------------------------------------------------------------
  const header = [
    'endpoint',
    'platform req/s',
    'baseline req/s',
    'ratio',
    'platform p99',
    'non-2xx (p / b)',
    '5xx (p / b)',
    'errors incl. timeouts (p / b)',
  ];
  console.log(
    `\nScale: ${dataset.counts.lawyers ?? lawyerCount} lawyers on PostgreSQL, ${CONNECTIONS} connections, ` +
      `${RUNS} interleaved runs of ${seconds} s, medians (ratio = platform / baseline; counts summed over the runs)\n`,
  );
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  if (scaleOut.length > 0) {
    console.log(
      `\nTwo API processes on the same database and cores against one (${CONNECTIONS} connections, split ` +
        `${CONNECTIONS / 2} / ${CONNECTIONS / 2}; ${RUNS} interleaved runs, medians):\n`,
    );
    console.log('| endpoint | one process req/s | two processes req/s | ratio |');
    console.log('|---|---|---|---|');
    for (const row of scaleOut) console.log(`| ${row.join(' | ')} |`);
  }
  console.log(
    `\nBurst: ${BURST} lawyers apply for a card at once (${burstMs.toFixed(0)} ms): ` +
      [...byStatus].map(([s, n]) => `${n} × ${s}`).join(', ') +
      `; in the database ${inDb.n} applications for ${inDb.lawyers} of the ${BURST} lawyers.`,
  );
  const burstOk =
    !byStatus.has('500') && Number(inDb.n) === Number(inDb.lawyers) && Number(inDb.n) === created;
  for (const [status, body] of refusals) console.log(`  a ${status} said: ${body}`);
  console.log(
    burstOk
      ? 'Burst: no 500; one application per lawyer answered 201, none for the others.'
      : 'Burst: FAILED (a 500, or the applications do not match the 201 answers).',
  );
  console.log(`Load average (1 / 5 / 15 min): ${loads.join('; ')}`);
  console.log(
    `Took ${((performance.now() - began) / 1000).toFixed(0)} s; platform 5xx in the runs: ${platform5xx}.`,
  );
} finally {
  await shutdown();
}
