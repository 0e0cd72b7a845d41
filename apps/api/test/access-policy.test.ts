import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PERMISSIONS } from '@lx/shared/permissions';
import { STAFF_ROLE_CODES, STAFF_ROLES, type StaffRoleCode } from '@lx/shared/permissions';
import { makeLawyer } from './support/factories.ts';
import { signedInLawyer, signedInOrganisation, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('every route declares its access policy', () => {
  it('walks the route table: no /api route without one', () => {
    const missing = t.app.routeTable().filter((r) => r.url.startsWith('/api') && !r.access);
    expect(missing).toEqual([]);
    expect(t.app.routeTable().length).toBeGreaterThan(25);
  });

  it('a route registered without a policy is refused at request time, not served', async () => {
    const careless = await startTestApp({}, (app) => {
      app.get('/api/test/undeclared', async () => ({ secret: true }));
    });
    try {
      const res = await new TestClient(careless.app).get('/api/test/undeclared');
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('secret');
    } finally {
      await careless.close();
    }
  });
});

type Who = 'anonymous' | 'lawyer' | 'organisation' | StaffRoleCode;

/** No such record: an allowed role's empty body is refused (400) before it is looked for. */
const SOME_ID = '00000000-0000-4000-8000-000000000000';

// Each staff-only route and the permission it needs; members and the other roles are refused.
const STAFF_ROUTES: [
  method: 'GET' | 'POST',
  url: string,
  permission: keyof typeof PERMISSIONS | 'staff',
][] = [
  ['GET', '/api/admin/announcements', 'announcement.manage'],
  ['POST', '/api/admin/announcements', 'announcement.manage'],
  ['GET', '/api/admin/audit', 'audit.read'],
  ['GET', '/api/admin/sms', 'outbox.read'],
  ['GET', '/api/admin/staff', 'staff.manage'],
  ['POST', '/api/admin/staff', 'staff.manage'],
  ['GET', '/api/admin/roles', 'staff'],
  ['GET', '/api/admin/profiles', 'profile.review'],
  ['GET', '/api/admin/card-applications', 'card.manage'],
  ['POST', '/api/admin/card-applications/bulk-transition', 'card.manage'],
  ['GET', '/api/admin/certificates', 'certificate.review'],
  ['GET', '/api/admin/certificate-types', 'certificate.review'],
  ['GET', '/api/admin/mail', 'outbox.read'],
  ['GET', '/api/admin/tickets', 'ticket.handle'],
  ['GET', '/api/admin/training/imports', 'event.manage'],
  ['POST', '/api/admin/training/imports/dry-run', 'event.manage'],
  ['GET', '/api/admin/training/compliance?year=2026', 'event.manage'],
  ['GET', '/api/admin/members', 'member.manage'],
  ['GET', '/api/admin/member-imports/template.xlsx', 'member.manage'],
  ['POST', '/api/admin/member-imports/dry-run', 'member.manage'],
  ['POST', '/api/admin/member-imports', 'member.manage'],
  ['POST', `/api/admin/members/${SOME_ID}/corrections`, 'member.manage'],
  ['POST', `/api/admin/members/${SOME_ID}/transfer`, 'member.manage'],
  ['POST', `/api/admin/members/${SOME_ID}/unlock`, 'member.manage'],
  ['POST', `/api/admin/members/${SOME_ID}/disable`, 'member.manage'],
  ['POST', `/api/admin/members/${SOME_ID}/enable`, 'member.manage'],
  ['POST', `/api/admin/members/${SOME_ID}/reset-password`, 'member.manage'],
  ['GET', '/api/admin/organisations', 'member.manage'],
  ['POST', '/api/admin/organisations', 'member.manage'],
  ['GET', '/api/admin/statistics', 'statistics.read'],
];
const MEMBER_ROUTES: [method: 'GET' | 'PUT', url: string][] = [
  ['GET', '/api/home'],
  ['GET', '/api/auth/me'],
  ['GET', '/api/announcements'],
  ['GET', '/api/notifications'],
  ['PUT', '/api/account/settings'],
];
// Member business (tickets, certificates): lawyers and organisations; staff are refused.
const MEMBER_ONLY_ROUTES: [method: 'GET', url: string][] = [
  ['GET', '/api/tickets'],
  ['GET', '/api/certificates'],
  ['GET', '/api/certificates/wizard'],
];

describe('access matrix: each route × each role', () => {
  const clients = new Map<Who, TestClient>();
  beforeAll(async () => {
    clients.set('anonymous', new TestClient(t.app));
    clients.set('lawyer', (await signedInLawyer(t)).client);
    clients.set('organisation', (await signedInOrganisation(t)).client);
    for (const role of STAFF_ROLE_CODES) clients.set(role, await staffClient(t, [role]));
  });

  it.each(STAFF_ROUTES)('%s %s', async (method, url, permission) => {
    for (const [who, client] of clients) {
      const res = await client.request(method, url, method === 'GET' ? {} : { body: {} });
      const allowed =
        who !== 'anonymous' &&
        who !== 'lawyer' &&
        who !== 'organisation' &&
        (permission === 'staff' ||
          (STAFF_ROLES[who].permissions as readonly string[]).includes(permission));
      const expected = who === 'anonymous' ? [401] : allowed ? [200, 400] : [403];
      expect(expected, `${who} ${method} ${url} → ${res.statusCode}`).toContain(res.statusCode);
    }
  });

  it.each(MEMBER_ROUTES)('%s %s: any signed-in account; anonymous 401', async (method, url) => {
    for (const [who, client] of clients) {
      const res = await client.request(method, url, method === 'GET' ? {} : { body: {} });
      expect(res.statusCode, `${who} ${method} ${url}`).toBe(who === 'anonymous' ? 401 : 200);
    }
  });

  it.each(MEMBER_ONLY_ROUTES)(
    '%s %s: members only; staff 403; anonymous 401',
    async (method, url) => {
      for (const [who, client] of clients) {
        const res = await client.request(method, url);
        const expected =
          who === 'anonymous' ? 401 : who === 'lawyer' || who === 'organisation' ? 200 : 403;
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(expected);
      }
    },
  );

  it("someone else's notification is not found, and stays unread", async () => {
    const owner = await makeLawyer(t.prisma, { mustChangePassword: false });
    const note = await t.prisma.notification.create({
      data: { accountId: owner.account.id, title: '审核结果', body: '已通过' },
    });
    const res = await clients.get('lawyer')!.post(`/api/notifications/${note.id}/read`);
    expect(res.statusCode).toBe(404);
    const list = await clients.get('lawyer')!.get('/api/notifications');
    expect(list.json().items.map((n: { id: string }) => n.id)).not.toContain(note.id);
    expect(
      (await t.prisma.notification.findUniqueOrThrow({ where: { id: note.id } })).readAt,
    ).toBeNull();
  });
});
