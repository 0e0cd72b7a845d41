import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer, makeOrganisation, makeStaff } from './support/factories.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('sign-in (SPEC §1)', () => {
  it('a lawyer signs in with the licence number and the last 6 ID characters, lower-case', async () => {
    const firm = await makeOrganisation(t.prisma);
    const lawyer = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const res = await new TestClient(t.app).login(
      lawyer.login,
      lawyer.idNo.slice(-6).toLowerCase(),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'LAWYER',
      mustChangePassword: true,
      lawyer: { licenceNo: lawyer.login },
    });
    const cookie = res.cookies.find((c) => c.name === 'lx_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('a lawyer also signs in with the member number', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    const res = await client.login(lawyer.memberNo, lawyer.password);
    expect(res.statusCode).toBe(200);
    // The same account as by the licence number, not merely some account.
    expect(res.json()).toMatchObject({
      id: lawyer.account.id,
      kind: 'LAWYER',
      lawyer: { licenceNo: lawyer.login, memberNo: lawyer.memberNo },
    });
    expect((await client.get('/api/auth/me')).json()).toMatchObject({ id: lawyer.account.id });
  });

  it('a firm signs in with its licence number and the last 6 digits of it', async () => {
    const firm = await makeOrganisation(t.prisma, { kind: 'LAW_FIRM' });
    expect(firm.password).toBe(firm.login.slice(-6));
    const res = await new TestClient(t.app).login(firm.login, firm.password);
    expect(res.statusCode).toBe(200);
    expect(res.json().organisation).toMatchObject({ kind: 'LAW_FIRM' });
  });

  it('a company-lawyer office signs in with its member number and 123456', async () => {
    const office = await makeOrganisation(t.prisma, { kind: 'COMPANY_OFFICE' });
    const res = await new TestClient(t.app).login(office.memberNo, '123456');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: office.account.id,
      kind: 'ORGANISATION',
      organisation: { kind: 'COMPANY_OFFICE', memberNo: office.memberNo },
    });
  });

  it('staff sign in at the admin portal only, members at the member portal only', async () => {
    const staff = await makeStaff(t.prisma, ['SUPPORT_AGENT']);
    const onMember = await new TestClient(t.app).login(staff.login, staff.password, 'member');
    expect(onMember.statusCode).toBe(403);
    expect(onMember.json().message).toContain('管理后台');
    expect(
      (await new TestClient(t.app).login(staff.login, staff.password, 'admin')).statusCode,
    ).toBe(200);

    const lawyer = await makeLawyer(t.prisma);
    const onAdmin = await new TestClient(t.app).login(lawyer.login, lawyer.password, 'admin');
    expect(onAdmin.statusCode).toBe(403);
    expect(onAdmin.json().message).toContain('不是协会工作人员账号');
  });

  it('a wrong password and an unknown account get the same answer, up to and after the lock', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const unknown = `9${String(Date.now()).padStart(16, '0')}`;
    const client = new TestClient(t.app);
    // Without the request id, which differs per request, the two answers are the same bytes.
    const answer = (res: Awaited<ReturnType<TestClient['login']>>) => {
      const { requestId, ...body } = res.json() as Record<string, unknown>;
      expect(requestId).toBe(res.headers['x-request-id']);
      return { status: res.statusCode, body };
    };
    for (let i = 1; i <= 6; i++) {
      const wrong = answer(await client.login(lawyer.login, `not-it-${i}`));
      const none = answer(await client.login(unknown, `not-it-${i}`));
      expect(none, `attempt ${i}`).toEqual(wrong);
      if (i < 5)
        expect(wrong).toEqual({
          status: 401,
          body: expect.objectContaining({ message: '账号或密码错误' }),
        });
      else expect(wrong.status).toBe(423);
    }
  });

  it('a wrong password costs an unknown account as long as an existing one (medians within 2×)', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const time = async (login: string) => {
      const client = new TestClient(t.app);
      await client.get('/api/auth/csrf');
      const start = performance.now();
      const res = await client.login(login, 'not-the-password');
      expect(res.statusCode).toBe(401);
      return performance.now() - start;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const real: number[] = [];
    const none: number[] = [];
    // Alternating, each login at most 4 times so that neither locks; 10 samples each.
    const unknowns = ['0', '1', '2'].map((d) => `8${d}${String(Date.now()).padStart(15, '0')}`);
    const lawyers = [lawyer, await makeLawyer(t.prisma), await makeLawyer(t.prisma)];
    for (let i = 0; i < 10; i++) {
      real.push(await time(lawyers[i % 3]!.login));
      none.push(await time(unknowns[i % 3]!));
    }
    expect(median(real) / median(none)).toBeLessThan(2);
    expect(median(none) / median(real)).toBeLessThan(2);
  });

  it('5 wrong passwords lock the account for 15 minutes, even with the right password', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    for (let i = 1; i <= 4; i++) {
      const res = await client.login(lawyer.login, `wrong-${i}`);
      expect(res.statusCode).toBe(401);
      // No count of tries left: an unknown login could not say it (docs/decisions/004).
      expect(res.json().message).toBe('账号或密码错误');
    }
    const fifth = await client.login(lawyer.login, 'wrong-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().message).toContain('15 分钟');
    const right = await client.login(lawyer.login, lawyer.password);
    expect(right.statusCode).toBe(423);
    const account = await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.account.id } });
    expect(account.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    const audit = await t.prisma.auditEntry.count({
      where: { entityId: lawyer.account.id, action: 'auth.locked' },
    });
    expect(audit).toBe(1);
  });

  it('the lock ends after 15 minutes', async () => {
    const lawyer = await makeLawyer(t.prisma);
    await t.prisma.account.update({
      where: { id: lawyer.account.id },
      data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 1000) },
    });
    const res = await new TestClient(t.app).login(lawyer.login, lawyer.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: lawyer.account.id, kind: 'LAWYER' });
    // A fresh start: the old failures do not count towards the next lock.
    const account = await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.account.id } });
    expect(account).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect(account.lastLoginAt).not.toBeNull();
  });

  it('a disabled account cannot sign in', async () => {
    const staff = await makeStaff(t.prisma, ['SUPPORT_AGENT']);
    await t.prisma.account.update({ where: { id: staff.account.id }, data: { disabled: true } });
    const res = await new TestClient(t.app).login(staff.login, staff.password, 'admin');
    expect(res.statusCode).toBe(401);
    // The same answer as a wrong password: a disabled account is not told apart (decision 004).
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '账号或密码错误' });
    expect(res.cookies.find((c) => c.name === 'lx_session')).toBeUndefined();
  });

  it('missing fields are refused on the field, in Chinese', async () => {
    const res = await new TestClient(t.app).post('/api/auth/login', { login: '', password: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ login: '请输入账号', password: '请输入密码' });
  });

  it('logout ends the session', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('per-IP rate limit on sign-in', () => {
  let limited: Started;
  beforeAll(async () => {
    limited = await startTestApp({ loginRateLimitPerMinute: 3 });
  });
  afterAll(() => limited.close());

  it('the 4th attempt within a minute from one IP gets 429 with a Chinese message; another IP is not affected', async () => {
    const client = new TestClient(limited.app, '10.0.0.7');
    for (let i = 0; i < 3; i++) expect((await client.login('nobody', 'x')).statusCode).toBe(401);
    const res = await client.login('nobody', 'x');
    expect(res.statusCode).toBe(429);
    expect(res.json().message).toBe('操作过于频繁，请稍后再试');
    expect((await new TestClient(limited.app, '10.0.0.8').login('nobody', 'x')).statusCode).toBe(
      401,
    );
  });
});
