import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, registrationForm } from './support/events.ts';
import { multipart } from './support/multipart.ts';
import { idPhoto } from './support/profile-data.ts';
import { signedInLawyer, staffClient } from './support/sign-in.ts';
import { startTestApp, type Started } from './support/test-app.ts';

// The hot paths of issue 17 (scale) run few statements: each one costs the API ~0.15–0.9 ms of
// CPU and, inside a transaction, holds its lock longer. Every statement the database is sent
// during one request is counted (BEGIN and COMMIT included), on either database, and kept within
// a budget; a change that adds statements to these paths has to raise the budget on purpose.

let counting = false;
const seen: string[] = [];
const note = (text: unknown) => {
  if (counting)
    seen.push(typeof text === 'string' ? text : String((text as { text?: string })?.text));
};

// PostgreSQL: every statement goes through a pg.Client (Prisma's adapter and the direct lane).
const clientQuery = pg.Client.prototype.query;
// The embedded database: Prisma's statements and the direct lane's through query(), a
// transaction's through the transaction object's query() between its BEGIN and COMMIT.
const pgliteQuery = PGlite.prototype.query;
const pgliteTransaction = PGlite.prototype.transaction;

let t: Started;
beforeAll(async () => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    note(args[0]);
    return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof clientQuery;
  PGlite.prototype.query = function (this: PGlite, ...args: Parameters<PGlite['query']>) {
    note(args[0]);
    return pgliteQuery.apply(this, args);
  } as typeof pgliteQuery;
  PGlite.prototype.transaction = function (this: PGlite, work) {
    note('BEGIN');
    return pgliteTransaction
      .call(this, (tx) =>
        work(
          new Proxy(tx, {
            get(target, key) {
              const value = Reflect.get(target, key) as unknown;
              if (key !== 'query' || typeof value !== 'function') return value;
              return (...args: unknown[]) => {
                note(args[0]);
                return (value as (...a: unknown[]) => unknown)(...args);
              };
            },
          }),
        ),
      )
      .finally(() => note('COMMIT'));
  } as typeof pgliteTransaction;
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
  pg.Client.prototype.query = clientQuery;
  PGlite.prototype.query = pgliteQuery;
  PGlite.prototype.transaction = pgliteTransaction;
});

/** The statements sent while `request` ran, and its answer. */
async function statementsOf<Res>(request: () => Promise<Res>) {
  seen.length = 0;
  counting = true;
  try {
    const res = await request();
    return { res, statements: [...seen] };
  } finally {
    counting = false;
  }
}

const show = (statements: string[]) =>
  statements.map((s, i) => `${i + 1}. ${s.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n');

describe('statements per write (issue 17)', () => {
  it('申请会员卡: the session, then three statements under the lawyer’s lock', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const photo = multipart('file', 'photo.jpg', await idPhoto(), 'image/jpeg');
    const upload = await client.request('PUT', '/api/cards/photo', {
      payload: photo.payload,
      headers: photo.headers,
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const { res, statements } = await statementsOf(() =>
      client.post('/api/card-applications', { kind: 'FIRST', photo: 'uploaded', confirmed: true }),
    );
    expect(res.statusCode, res.body).toBe(201);
    // The session; BEGIN, the lawyer's lock, the applicant, the writes, COMMIT (21 before).
    expect(statements.length, show(statements)).toBeLessThanOrEqual(6);
    // The answer is the application as it reads afterwards, and the audit entry is written.
    const application = res.json();
    expect(application).toEqual(
      (await client.get(`/api/card-applications/${application.id}`)).json(),
    );
    expect(application).toMatchObject({ state: 'PENDING', kind: 'FIRST', cardNumber: null });
    expect(application.history).toMatchObject([{ action: 'apply', toState: 'PENDING' }]);
    const audit = await t.prisma.auditEntry.findMany({
      where: { entityType: 'CardApplication', entityId: application.id },
    });
    expect(audit).toMatchObject([{ action: 'card.apply', after: { kind: 'FIRST' } }]);
    expect(await t.prisma.cardPhotoUpload.count({ where: { lawyerId: lawyer.id } })).toBe(0);
  });

  it('提交工单: the session, then one statement', async () => {
    const { client } = await signedInLawyer(t);
    const { res, statements } = await statementsOf(() =>
      client.post('/api/tickets', {
        category: '其他',
        title: '压测工单',
        description: '统计语句数的工单。',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    // The session and one statement that writes everything (12 before).
    expect(statements.length, show(statements)).toBeLessThanOrEqual(2);
    const ticket = res.json();
    expect(ticket).toEqual((await client.get(`/api/tickets/${ticket.id}`)).json());
    expect(ticket).toMatchObject({ state: 'OPEN', requesterName: ticket.messages[0].authorName });
    const audit = await t.prisma.auditEntry.findMany({
      where: { entityType: 'Ticket', entityId: ticket.id },
    });
    expect(audit).toMatchObject([
      { action: 'ticket.opened', after: { category: '其他', title: '压测工单', attachments: 0 } },
    ]);
  });

  it('提交报名申请: the gate, then one statement under the event’s lock', async () => {
    const { client } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma, { scopeOrganisations: ['LAW_FIRM'] });
    const { res, statements } = await statementsOf(() =>
      client.post(`/api/events/${event.id}/registrations`, registrationForm()),
    );
    expect(res.statusCode, res.body).toBe(201);
    // The session, the gate, event_register_many.
    expect(statements.length, show(statements)).toBeLessThanOrEqual(3);
  });
});

describe('statements per read (issue 17)', () => {
  it('a lawyer’s home: the session and one statement for the page and every work item', async () => {
    const { client } = await signedInLawyer(t);
    const { res, statements } = await statementsOf(() => client.get('/api/home'));
    expect(res.statusCode, res.body).toBe(200);
    // Every work-item source's read is an expression of the page's one statement (6 before).
    expect(statements.length, show(statements)).toBeLessThanOrEqual(2);
    const home = res.json();
    expect(home.workItems.map((w: { key: string }) => w.key)).toContain('profile');
    expect(home.association.name).toBeTruthy();
  });

  it('a staff member’s home: the same one statement, with the queues their roles look after', async () => {
    const { client: lawyer } = await signedInLawyer(t);
    const opened = await lawyer.post('/api/tickets', {
      category: '其他',
      title: '首页待办',
      description: '让技术支持的首页有一个待处理的工单。',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const client = await staffClient(t, ['ADMINISTRATOR']);
    const { res, statements } = await statementsOf(() => client.get('/api/home'));
    expect(res.statusCode, res.body).toBe(200);
    // An administrator's home asks every source that concerns staff, in the same one statement.
    expect(statements.length, show(statements)).toBeLessThanOrEqual(2);
    const open = res.json().workItems.find((w: { key: string }) => w.key === 'tickets-open');
    expect(open?.count).toBe(await t.prisma.ticket.count({ where: { state: 'OPEN' } }));
  });
});
