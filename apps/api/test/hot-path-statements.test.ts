import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent, registrationForm } from './support/events.ts';
import { multipart } from './support/multipart.ts';
import { idPhoto } from './support/profile-data.ts';
import { signedInLawyer, signedInOrganisation, staffClient } from './support/sign-in.ts';
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

  it('the member’s own lists: the session and two statements each (the page and its total); 会员卡 one', async () => {
    const { client, account } = await signedInLawyer(t);
    const { client: other, account: otherAccount } = await signedInLawyer(t);
    const opened = [];
    for (const title of ['第一个工单', '第二个工单', '第三个工单']) {
      const res = await client.post('/api/tickets', {
        category: '其他',
        title,
        description: '统计我的工单的语句数。',
      });
      expect(res.statusCode, res.body).toBe(201);
      opened.push(res.json());
    }
    expect(
      (
        await other.post('/api/tickets', {
          category: '其他',
          title: '别人的',
          description: '不在列表里。',
        })
      ).statusCode,
    ).toBe(201);
    const reply = await client.post(`/api/tickets/${opened[0].id}/messages`, {
      body: '补充说明。',
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const at = Date.now();
    await t.prisma.notification.createMany({
      data: [
        ...Array.from({ length: 5 }, (_, i) => ({
          accountId: account.id,
          title: `消息 ${i + 1}`,
          body: '内容',
          createdAt: new Date(at - (5 - i) * 60_000),
          readAt: i < 3 ? new Date(at) : null,
        })),
        { accountId: otherAccount.id, title: '别人的消息', body: '内容' },
      ],
    });

    const tickets = await statementsOf(() => client.get('/api/tickets?page=1&pageSize=2'));
    expect(tickets.res.statusCode, tickets.res.body).toBe(200);
    expect(tickets.statements.length, show(tickets.statements)).toBeLessThanOrEqual(3);
    // Newest first, a page of two of the three, each with its messages counted.
    expect(tickets.res.json()).toMatchObject({
      total: 3,
      page: 1,
      pageSize: 2,
      items: [
        { id: opened[2].id, title: '第三个工单', state: 'OPEN', messageCount: 1 },
        { id: opened[1].id, title: '第二个工单', messageCount: 1 },
      ],
    });
    const last = (await client.get('/api/tickets?page=2&pageSize=2')).json();
    expect(last.items).toMatchObject([{ id: opened[0].id, messageCount: 2 }]);
    expect(last.items[0]).toEqual(
      expect.objectContaining({ number: opened[0].number, createdAt: opened[0].createdAt }),
    );

    const notes = await statementsOf(() => client.get('/api/notifications?page=1&pageSize=4'));
    expect(notes.res.statusCode, notes.res.body).toBe(200);
    expect(notes.statements.length, show(notes.statements)).toBeLessThanOrEqual(3);
    const page = notes.res.json();
    expect(page.total).toBe(5);
    expect(page.items.map((n: { title: string }) => n.title)).toEqual([
      '消息 5',
      '消息 4',
      '消息 3',
      '消息 2',
    ]);
    expect(page.items[0]).toMatchObject({ readAt: null, body: '内容', link: null });
    expect(page.items[2].readAt).toBe(new Date(at).toISOString());
    const unread = (await client.get('/api/notifications?unread=true')).json();
    expect(unread.total).toBe(2);
    expect(unread.items.map((n: { title: string }) => n.title)).toEqual(['消息 5', '消息 4']);

    const cards = await statementsOf(() => client.get('/api/cards'));
    expect(cards.res.statusCode, cards.res.body).toBe(200);
    // 会员卡: the session and one statement (nine before, on the embedded database).
    expect(cards.statements.length, show(cards.statements)).toBeLessThanOrEqual(2);
    expect(cards.res.json()).toMatchObject({
      cards: [],
      applications: [],
      options: { FIRST: { available: true } },
    });

    const { client: firm } = await signedInOrganisation(t);
    const certificates = await statementsOf(() => firm.get('/api/certificates'));
    expect(certificates.res.statusCode, certificates.res.body).toBe(200);
    expect(certificates.statements.length, show(certificates.statements)).toBeLessThanOrEqual(3);
    expect(certificates.res.json()).toMatchObject({ items: [], total: 0 });
  });
});
