import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer } from './support/factories.ts';
import { multipart } from './support/multipart.ts';
import { idPhoto } from './support/profile-data.ts';
import { signedInLawyer, signedInStaff, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
  JPEG = await idPhoto(64, 64);
});
afterAll(() => t.close());

// A real JPEG: a signature followed by anything is refused now (see uploads.test.ts).
let JPEG: Buffer;

describe('account settings', () => {
  it('saves e-mail, postcode, mobile and biography, and audits what changed', async () => {
    const { account, client } = await signedInLawyer(t);
    const res = await client.put('/api/account/settings', {
      email: 'zhang@example.cn',
      postcode: '523000',
      mobile: '13912345678',
      bio: '专注劳动争议',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      email: 'zhang@example.cn',
      postcode: '523000',
      mobile: '13912345678',
      bio: '专注劳动争议',
    });
    const entry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: account.id, action: 'account.settings-updated' },
    });
    expect(entry.after).toMatchObject({ email: 'zhang@example.cn', postcode: '523000' });
  });

  it.each([
    ['email', 'not-an-email', '电子邮箱格式不正确'],
    ['postcode', '52300', '邮政编码应为 6 位数字'],
    ['mobile', '23912345678', '手机号码应为 11 位数字，以 1 开头'],
  ])('refuses a malformed %s on its field and saves nothing', async (field, value, message) => {
    const { account, client } = await signedInLawyer(t);
    const before = await t.prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    const res = await client.put('/api/account/settings', {
      email: 'ok@example.cn',
      [field]: value,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors[field]).toBe(message);
    const after = await t.prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.email).toBe(before.email);
  });

  it('stores a JPEG avatar and serves it back to its owner', async () => {
    const { client } = await signedInLawyer(t);
    const up = multipart('file', 'me.jpg', JPEG, 'image/jpeg');
    const res = await client.request('PUT', '/api/account/avatar', {
      payload: up.payload,
      headers: up.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().hasAvatar).toBe(true);
    const img = await client.get('/api/account/avatar');
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/jpeg');
    expect(img.rawPayload.equals(JPEG)).toBe(true);
  });

  it('refuses a text file named .jpg, and a file over 2 MB', async () => {
    const { account, client } = await signedInLawyer(t);
    const fake = multipart(
      'file',
      'photo.jpg',
      Buffer.from('MZ this is an executable'),
      'image/jpeg',
    );
    const res = await client.request('PUT', '/api/account/avatar', {
      payload: fake.payload,
      headers: fake.headers,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().fieldErrors.file).toBe('头像图片只能是 JPEG、PNG 文件');
    const big = multipart(
      'file',
      'big.jpg',
      Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]),
      'image/jpeg',
    );
    const res2 = await client.request('PUT', '/api/account/avatar', {
      payload: big.payload,
      headers: big.headers,
    });
    expect(res2.statusCode).toBe(413);
    expect(res2.json().fieldErrors.file).toBe('头像图片不能超过 2 MB');
    expect(
      (await t.prisma.account.findUniqueOrThrow({ where: { id: account.id } })).avatarKey,
    ).toBeNull();
  });
});

describe('staff accounts', () => {
  it('an administrator creates a staff account who must change the given password at first sign-in', async () => {
    const client = await staffClient(t, ['ADMINISTRATOR']);
    const res = await client.post('/api/admin/staff', {
      username: 'new.reviewer',
      displayName: '新审核员',
      roles: ['PROFILE_REVIEWER'],
      initialPassword: 'Welcome-2026',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'new.reviewer',
      displayName: '新审核员',
      roles: ['PROFILE_REVIEWER'],
      mustChangePassword: true,
      disabled: false,
    });
    const newcomer = new TestClient(t.app);
    const login = await newcomer.login('new.reviewer', 'Welcome-2026', 'admin');
    expect(login.json()).toMatchObject({
      mustChangePassword: true,
      permissions: ['profile.review'],
    });
    const dup = await client.post('/api/admin/staff', {
      username: 'new.reviewer',
      displayName: '重复',
      roles: ['PROFILE_REVIEWER'],
      initialPassword: 'Welcome-2026',
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fieldErrors.username).toBe('该用户名已被使用');
    expect(await t.prisma.account.count({ where: { username: 'new.reviewer' } })).toBe(1);
  });

  it('disabling a staff account ends its sessions; an admin cannot disable themself', async () => {
    const admin = await signedInStaff(t, ['ADMINISTRATOR']);
    const agent = await signedInStaff(t, ['SUPPORT_AGENT']);
    expect((await agent.client.get('/api/admin/sms')).statusCode).toBe(200);
    const res = await admin.client.put(`/api/admin/staff/${agent.account.id}`, {
      displayName: '停用者',
      roles: ['SUPPORT_AGENT'],
      disabled: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: agent.account.id,
      displayName: '停用者',
      disabled: true,
    });
    const after = await agent.client.get('/api/admin/sms');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
    expect(
      await t.prisma.session.count({ where: { accountId: agent.account.id, revokedAt: null } }),
    ).toBe(0);
    const self = await admin.client.put(`/api/admin/staff/${admin.account.id}`, {
      displayName: 'x',
      roles: ['ADMINISTRATOR'],
      disabled: true,
    });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({
      code: 'CONFLICT',
      message: '不能停用自己的账号或取消自己的管理员角色',
    });
    const unchanged = await t.prisma.account.findUniqueOrThrow({ where: { id: admin.account.id } });
    expect(unchanged).toMatchObject({ disabled: false, displayName: admin.account.displayName });
  });

  it('a lawyer id is not a staff account', async () => {
    const client = await staffClient(t, ['ADMINISTRATOR']);
    const lawyer = await makeLawyer(t.prisma);
    const res = await client.post(`/api/admin/staff/${lawyer.account.id}/reset-password`, {
      initialPassword: 'Welcome-2026',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: '工作人员不存在或无权查看' });
    const untouched = await t.prisma.account.findUniqueOrThrow({
      where: { id: lawyer.account.id },
    });
    expect(untouched.passwordHash).toBe(lawyer.account.passwordHash);
  });
});
