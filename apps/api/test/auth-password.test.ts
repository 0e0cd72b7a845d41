import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/lib/actor.ts';
import { changePassword } from '../src/modules/auth/change-password.ts';
import { runDueJobs } from '../src/modules/outbox/worker.ts';
import { makeLawyer } from './support/factories.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const change = (oldPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  oldPassword,
  newPassword,
  confirmPassword,
});

describe('forced password change at first sign-in', () => {
  it('blocks every other API call until done, then lets them through', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
    for (const url of ['/api/home', '/api/announcements', '/api/notifications']) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'PASSWORD_CHANGE_REQUIRED',
        message: '首次登录请先修改初始密码',
      });
    }
    expect((await client.put('/api/account/settings', {})).statusCode).toBe(403);
    expect((await client.get('/api/auth/me')).json().mustChangePassword).toBe(true);

    const res = await client.post(
      '/api/auth/change-password',
      change(lawyer.password, 'NewPass2026'),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().mustChangePassword).toBe(false);
    expect((await client.get('/api/home')).statusCode).toBe(200);
    // and the new password is the one that works
    expect((await new TestClient(t.app).login(lawyer.login, lawyer.password)).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(lawyer.login, 'NewPass2026')).statusCode).toBe(200);
  });

  it.each([
    ['fewer than 8 characters', 'Ab1', 'newPassword', '新密码至少 8 位'],
    ['only digits', '12345678', 'newPassword', '新密码不能全为数字，请加入字母或符号'],
    ['a confirmation that differs', 'GoodPass1', 'confirmPassword', '两次输入的新密码不一致'],
  ])('refuses a new password with %s', async (_case, newPassword, field, message) => {
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
    const confirm = field === 'confirmPassword' ? 'Different1' : newPassword;
    const res = await client.post(
      '/api/auth/change-password',
      change(lawyer.password, newPassword, confirm),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors[field]).toBe(message);
    const account = await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.account.id } });
    expect(account.mustChangePassword).toBe(true);
  });

  it('refuses the initial password as the new one, whichever route it comes by', async () => {
    // Over HTTP the 6-character initial password already fails the length rule:
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
    const res = await client.post('/api/auth/change-password', change('x', lawyer.password));
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors.newPassword).toBe('新密码至少 8 位');
    // and the service refuses it on its own, should the length rule ever change:
    const other = await makeLawyer(t.prisma, { password: 'Chosen-Pass-1' });
    const initial = other.idNo.slice(-6).toLowerCase();
    await expect(
      changePassword({
        prisma: t.prisma,
        accountId: other.account.id,
        input: { oldPassword: 'Chosen-Pass-1', newPassword: initial, confirmPassword: initial },
        actor: systemActor,
        sessionTtlMs: 60_000,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { newPassword: '新密码不能与初始密码相同' },
    });
  });

  it('a wrong old password is refused on its field', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const client = new TestClient(t.app);
    await client.login(lawyer.login, lawyer.password);
    const res = await client.post('/api/auth/change-password', change('wrong-old', 'NewPass2026'));
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ oldPassword: '旧密码不正确' });
  });

  it('ends every other session of the account (revocation)', async () => {
    const lawyer = await makeLawyer(t.prisma, { mustChangePassword: false });
    const phone = new TestClient(t.app);
    const desktop = new TestClient(t.app);
    await phone.login(lawyer.login, lawyer.password);
    await desktop.login(lawyer.login, lawyer.password);
    expect((await phone.get('/api/home')).statusCode).toBe(200);
    expect(
      (await desktop.post('/api/auth/change-password', change(lawyer.password, 'Another-2026')))
        .statusCode,
    ).toBe(200);
    expect((await phone.get('/api/home')).statusCode).toBe(401);
    expect((await desktop.get('/api/home')).statusCode).toBe(200);
  });
});

describe('password reset by SMS code', () => {
  const deliver = () => runDueJobs(t.prisma, t.jobHandlers);

  async function requestCode(login: string): Promise<string> {
    const res = await new TestClient(t.app).post('/api/auth/password-reset/request', { login });
    expect(res.statusCode).toBe(200);
    await deliver();
    const sms = await t.prisma.smsMessage.findFirstOrThrow({
      where: { purpose: '重置密码' },
      orderBy: { createdAt: 'desc' },
    });
    expect(sms.sentAt).not.toBeNull();
    return /验证码 (\d{6})/.exec(sms.content)![1]!;
  }

  it('sends a 6-digit code to the registered mobile through the outbox; the code sets a new password', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const code = await requestCode(lawyer.login);
    const sms = await t.prisma.smsMessage.findFirstOrThrow({
      where: { accountId: lawyer.account.id },
    });
    expect(sms.mobile).toBe(lawyer.account.mobile);
    const res = await new TestClient(t.app).post('/api/auth/password-reset/confirm', {
      login: lawyer.login,
      code,
      newPassword: 'Reset-2026',
      confirmPassword: 'Reset-2026',
    });
    expect(res.statusCode).toBe(200);
    const signIn = await new TestClient(t.app).login(lawyer.login, 'Reset-2026');
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().mustChangePassword).toBe(false);
  });

  it('a used code cannot be used again', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const code = await requestCode(lawyer.login);
    const body = {
      login: lawyer.login,
      code,
      newPassword: 'Reset-2026',
      confirmPassword: 'Reset-2026',
    };
    expect(
      (await new TestClient(t.app).post('/api/auth/password-reset/confirm', body)).statusCode,
    ).toBe(200);
    const again = await new TestClient(t.app).post('/api/auth/password-reset/confirm', {
      ...body,
      newPassword: 'Other-2026',
      confirmPassword: 'Other-2026',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().fieldErrors.code).toBe('验证码已使用或已失效，请重新获取');
  });

  it('an expired code is refused', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const code = await requestCode(lawyer.login);
    await t.prisma.passwordResetCode.updateMany({
      where: { accountId: lawyer.account.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await new TestClient(t.app).post('/api/auth/password-reset/confirm', {
      login: lawyer.login,
      code,
      newPassword: 'Reset-2026',
      confirmPassword: 'Reset-2026',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors.code).toBe('验证码已过期，请重新获取');
  });

  it('a wrong code counts; after 5 wrong codes even the right one is refused', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const code = await requestCode(lawyer.login);
    const wrong = code === '000000' ? '111111' : '000000';
    const body = (c: string) => ({
      login: lawyer.login,
      code: c,
      newPassword: 'Reset-2026',
      confirmPassword: 'Reset-2026',
    });
    for (let i = 0; i < 5; i++) {
      const res = await new TestClient(t.app).post('/api/auth/password-reset/confirm', body(wrong));
      expect(res.json().fieldErrors.code).toBe('验证码不正确');
    }
    const res = await new TestClient(t.app).post('/api/auth/password-reset/confirm', body(code));
    expect(res.json().fieldErrors.code).toBe('验证码错误次数过多，请重新获取');
  });

  it('does not tell whether an account exists, and sends nothing for an unknown one', async () => {
    const before = await t.prisma.smsMessage.count();
    const res = await new TestClient(t.app).post('/api/auth/password-reset/request', {
      login: '00000000000000000',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().message).toContain('如账号存在');
    await deliver();
    expect(await t.prisma.smsMessage.count()).toBe(before);
  });

  // Without the request id, which differs per request.
  const answer = (res: Awaited<ReturnType<TestClient['post']>>) => {
    const { requestId, ...body } = res.json() as Record<string, unknown>;
    expect(requestId ?? res.headers['x-request-id']).toBe(res.headers['x-request-id']);
    return { status: res.statusCode, body };
  };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it('a reset request answers a real account and an unknown one alike, and as fast (medians within 2×)', async () => {
    const real: number[] = [];
    const none: number[] = [];
    const answers = new Set<string>();
    const time = async (login: string, into: number[]) => {
      const start = performance.now();
      const res = await new TestClient(t.app).post('/api/auth/password-reset/request', { login });
      into.push(performance.now() - start);
      answers.add(JSON.stringify(answer(res)));
    };
    for (let i = 0; i < 10; i++) {
      const lawyer = await makeLawyer(t.prisma);
      await time(lawyer.login, real);
      await time(`7${String(Date.now() + i).padStart(16, '0')}`, none);
    }
    expect([...answers]).toHaveLength(1);
    expect(median(real) / median(none)).toBeLessThan(2);
    expect(median(none) / median(real)).toBeLessThan(2);
  });

  it('reset confirmation answers an unknown account, one without a code and a wrong code alike', async () => {
    const withCode = await makeLawyer(t.prisma);
    const code = await requestCode(withCode.login);
    const withoutCode = await makeLawyer(t.prisma);
    const body = (login: string, c: string) => ({
      login,
      code: c,
      newPassword: 'Reset-2026',
      confirmPassword: 'Reset-2026',
    });
    const wrong = code === '000000' ? '111111' : '000000';
    const confirm = (b: object) =>
      new TestClient(t.app).post('/api/auth/password-reset/confirm', b).then(answer);
    const unknown = await confirm(body('60000000000000000', wrong));
    expect(unknown).toEqual({
      status: 400,
      body: expect.objectContaining({ fieldErrors: { code: '验证码不正确' } }),
    });
    expect(await confirm(body(withoutCode.login, wrong))).toEqual(unknown);
    expect(await confirm(body(withCode.login, wrong))).toEqual(unknown);
    // an expired code looks the same to whoever does not hold it
    await t.prisma.passwordResetCode.updateMany({
      where: { accountId: withCode.account.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await confirm(body(withCode.login, wrong))).toEqual(unknown);
  });

  it('a wrong reset code costs an unknown account as long as a real one with a code (medians within 2×)', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const code = await requestCode(lawyer.login);
    const wrong = code === '000000' ? '111111' : '000000';
    const time = async (login: string) => {
      const start = performance.now();
      const res = await new TestClient(t.app).post('/api/auth/password-reset/confirm', {
        login,
        code: wrong,
        newPassword: 'Reset-2026',
        confirmPassword: 'Reset-2026',
      });
      expect(res.statusCode).toBe(400);
      return performance.now() - start;
    };
    const real: number[] = [];
    const none: number[] = [];
    for (let i = 0; i < 10; i++) {
      real.push(await time(lawyer.login));
      none.push(await time('50000000000000000'));
    }
    expect(median(real) / median(none)).toBeLessThan(2);
    expect(median(none) / median(real)).toBeLessThan(2);
  });

  it('two confirmations with the same code at once: exactly one wins', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const code = await requestCode(lawyer.login);
    const body = (p: string) => ({ login: lawyer.login, code, newPassword: p, confirmPassword: p });
    const results = await Promise.all([
      new TestClient(t.app).post('/api/auth/password-reset/confirm', body('Reset-A-2026')),
      new TestClient(t.app).post('/api/auth/password-reset/confirm', body('Reset-B-2026')),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
  });
});
