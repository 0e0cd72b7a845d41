import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInLawyer, staffClient } from './support/sign-in.ts';
import type { TestClient } from './support/test-app.ts';
import { startTestApp, type Started } from './support/test-app.ts';

let t: Started;
let staff: TestClient;
let member: TestClient;
let memberAccountId: string;
beforeAll(async () => {
  t = await startTestApp();
  staff = await staffClient(t, ['ADMINISTRATOR']);
  const l = await signedInLawyer(t);
  memberAccountId = l.account.id;
  member = l.client;
});
afterAll(() => t.close());

describe('announcements', () => {
  it('a draft is invisible to members until published; publishing is audited', async () => {
    const created = (
      await staff.post('/api/admin/announcements', {
        title: '年度考核通知',
        body: '请于月底前提交。',
        pinned: false,
      })
    ).json();
    expect(created.state).toBe('DRAFT');
    expect((await member.get(`/api/announcements/${created.id}`)).statusCode).toBe(404);
    const published = await staff.post(`/api/admin/announcements/${created.id}/publish`, {
      version: created.version,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().state).toBe('PUBLISHED');
    expect((await member.get(`/api/announcements/${created.id}`)).json().title).toBe(
      '年度考核通知',
    );
    const home = (await member.get('/api/home')).json();
    expect(home.announcements.map((a: { id: string }) => a.id)).toContain(created.id);
    const audit = (await staff.get(`/api/admin/audit?entityId=${created.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'announcement.publish',
      'announcement.created',
    ]);
    expect(audit.items[0]).toMatchObject({
      before: { state: 'DRAFT' },
      after: { state: 'PUBLISHED' },
    });
  });

  it('refuses an empty title on its field and saves nothing', async () => {
    const before = await t.prisma.announcement.count();
    const res = await staff.post('/api/admin/announcements', {
      title: '  ',
      body: '正文',
      pinned: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ title: '请填写标题' });
    expect(await t.prisma.announcement.count()).toBe(before);
  });

  it('a transition not allowed from the current state is refused', async () => {
    const a = (
      await staff.post('/api/admin/announcements', { title: '测试', body: '正文', pinned: false })
    ).json();
    const res = await staff.post(`/api/admin/announcements/${a.id}/withdraw`, {
      version: a.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('公告当前状态不能撤回');
  });

  it('two staff editing the same version: one wins, the other is told to reload', async () => {
    const a = (
      await staff.post('/api/admin/announcements', { title: '原标题', body: '正文', pinned: false })
    ).json();
    const other = await staffClient(t, ['ADMINISTRATOR']);
    const results = await Promise.all([
      staff.put(`/api/admin/announcements/${a.id}`, {
        title: '甲的标题',
        body: '正文',
        pinned: false,
        version: a.version,
      }),
      other.put(`/api/admin/announcements/${a.id}`, {
        title: '乙的标题',
        body: '正文',
        pinned: true,
        version: a.version,
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().message).toBe(
      '该公告已被他人修改，请刷新后再操作',
    );
    const stored = await t.prisma.announcement.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.version).toBe(a.version + 1);
  });

  it('only drafts can be deleted', async () => {
    const a = (
      await staff.post('/api/admin/announcements', { title: '待删除', body: '正文', pinned: false })
    ).json();
    await staff.post(`/api/admin/announcements/${a.id}/publish`, { version: a.version });
    expect((await staff.delete(`/api/admin/announcements/${a.id}`)).statusCode).toBe(409);
    const d = (
      await staff.post('/api/admin/announcements', { title: '草稿', body: '正文', pinned: false })
    ).json();
    expect((await staff.delete(`/api/admin/announcements/${d.id}`)).statusCode).toBe(204);
    expect(await t.prisma.announcement.findUnique({ where: { id: d.id } })).toBeNull();
  });

  it('lists page and filter on the server', async () => {
    for (let i = 0; i < 5; i++)
      await staff.post('/api/admin/announcements', {
        title: `分页公告${i}`,
        body: '正文',
        pinned: false,
      });
    const page = (
      await staff.get('/api/admin/announcements?page=2&pageSize=2&q=分页公告&state=DRAFT')
    ).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(2);
  });

  it('home work items: each module adds its own, in a fixed order, for whom they concern', async () => {
    await t.prisma.notification.create({
      data: { accountId: memberAccountId, title: '消息', body: '正文' },
    });
    await staff.post('/api/admin/announcements', {
      title: '首页草稿',
      body: '正文',
      pinned: false,
    });
    const own = (await member.get('/api/home')).json();
    // The lawyer has a mobile number but no email, no profile yet and one unread message.
    expect(own.workItems).toEqual([
      {
        key: 'account-contact',
        title: '完善联系方式',
        description: '登记手机号码和电子邮箱后，才能通过短信验证码找回密码、接收通知。',
        link: '/account',
        level: 'todo',
      },
      {
        key: 'profile',
        title: '信息补全',
        description: '首次登录系统后，请补全个人档案的 13 项信息并正式提交审核。',
        link: '/profile',
        level: 'todo',
      },
      {
        key: 'notifications',
        title: '未读消息',
        description: '您有 1 条未读消息。',
        link: '/notifications',
        level: 'info',
        count: 1,
      },
    ]);
    expect(own.unreadNotifications).toBe(1);
    const drafts = await t.prisma.announcement.count({ where: { state: 'DRAFT' } });
    const admin = (await staff.get('/api/home')).json();
    const keys = admin.workItems.map((i: { key: string }) => i.key);
    expect(keys).not.toContain('account-contact');
    expect(keys).not.toContain('profile');
    expect(admin.workItems).toContainEqual({
      key: 'announcement-drafts',
      title: '待发布的公告',
      description: `${drafts} 条公告草稿尚未发布。`,
      link: '/announcements',
      level: 'todo',
      count: drafts,
    });
  });
});
