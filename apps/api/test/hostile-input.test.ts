import { computeIdCheckChar } from '@lx/shared/id-number';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer, makeStaff, uniqueIdNumber } from './support/factories.ts';
import { idPhoto, personal, uploadPhoto, work } from './support/profile-data.ts';
import { signedInLawyer, signedInOrganisation, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// Issue 18: hostile input is refused with a 400 and a Chinese message on its field, never a 500;
// and the validation gaps (ID numbers, dates of a life, rosters, staff roles) are closed.

let t: Started;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await staffClient(t, ['ADMINISTRATOR']);
});
afterAll(() => t.close());

const UNREADABLE = '含有无法识别的字符';
const idOf = (first17: string) => first17 + computeIdCheckChar(first17);

describe('NUL, control characters and lone surrogates', () => {
  it('are refused on the field at sign-in and password reset', async () => {
    const client = new TestClient(t.app);
    const login = await client.login('zhang\u0000', 'x\ud800y');
    expect(login.statusCode).toBe(400);
    expect(login.json().fieldErrors).toEqual({ login: UNREADABLE, password: UNREADABLE });
    const reset = await client.post('/api/auth/password-reset/request', { login: 'a\u0007' });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().fieldErrors.login).toBe(UNREADABLE);
  });

  it('are refused in tickets, settings, profile entries and the staff filters', async () => {
    const { client } = await signedInLawyer(t);
    const ticket = await client.post('/api/tickets', {
      category: '其他',
      title: '标题\u0000',
      description: '说明',
    });
    expect(ticket.statusCode).toBe(400);
    expect(ticket.json().fieldErrors.title).toBe(UNREADABLE);
    const settings = await client.put('/api/account/settings', { bio: '简介\udc00' });
    expect(settings.json().fieldErrors.bio).toBe(UNREADABLE);
    const entry = await client.post('/api/profile/sections/work/entries', {
      ...work,
      employer: '律所\u001b',
    });
    expect(entry.json().fieldErrors.employer).toBe(UNREADABLE);
    for (const url of [
      '/api/admin/tickets?q=a%00b',
      '/api/admin/staff?q=%00',
      '/api/admin/profiles?q=%00',
      '/api/admin/announcements?q=%00',
      '/api/admin/audit?actor=%00',
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().message, url).toBe(UNREADABLE);
    }
    expect(await t.prisma.ticket.count()).toBe(0);
  });
});

describe('cross-field rules on a body that failed its base rules', () => {
  it('a null personal step, an application without paper, a type whose fields are a string', async () => {
    const { client } = await signedInLawyer(t);
    const personalStep = await client.put('/api/profile/basic/personal', null);
    expect(personalStep.statusCode).toBe(400);
    expect(personalStep.json().code).toBe('VALIDATION');

    const firm = await signedInOrganisation(t);
    const noPaper = await firm.client.post('/api/certificates', {
      typeId: '5d7a1f5e-8a0b-4c3e-9f1a-2b3c4d5e6f70',
      contactEmail: 'office@example.cn',
    });
    expect(noPaper.statusCode).toBe(400);
    expect(Object.keys(noPaper.json().fieldErrors)).toEqual(['paper']);

    const type = await admin.post('/api/admin/certificate-types', {
      name: '测试证明',
      description: '说明',
      title: '证明',
      body: '兹证明{{机构名称}}。',
      fields: 'x',
      applicantKinds: ['LAW_FIRM'],
      validityDays: 30,
      reviewMode: 'MANUAL',
    });
    expect(type.statusCode).toBe(400);
    expect(Object.keys(type.json().fieldErrors)).toEqual(['fields']);
  });
});

describe('dates', () => {
  it.each([
    ['/api/admin/profiles?submittedFrom=abc', 'submittedFrom', '提交日期起格式应为 yyyy-MM-dd'],
    ['/api/admin/audit?from=2026-13-45', 'from', '开始日期不是有效日期'],
    ['/api/admin/card-applications?appliedTo=2026-02-30', 'appliedTo', '申请日期止不是有效日期'],
  ])('a filter with an impossible date is a 400 on its field: %s', async (url, field, message) => {
    const res = await admin.get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ [field]: message });
  });

  it('a departure on an impossible day is refused, not stored as another day', async () => {
    const { organisation, client } = await signedInOrganisation(t);
    const { lawyer } = await makeLawyer(t.prisma, { organisationId: organisation.id });
    for (const [leftAt, message] of [
      ['2025-13-01', '离所日期不是有效日期'],
      ['2026-02-30', '离所日期不是有效日期'],
      ['1850-01-01', '离所日期应在 1900-01-01 至 2100-12-31 之间'],
    ]) {
      const res = await client.post(`/api/organisation/lawyers/${lawyer.id}/leave`, { leftAt });
      expect(res.statusCode, leftAt).toBe(400);
      expect(res.json().fieldErrors).toEqual({ leftAt: message });
    }
    const row = await t.prisma.lawyer.findUniqueOrThrow({ where: { id: lawyer.id } });
    expect(row).toMatchObject({ status: 'PRACTISING', leftAt: null });
  });

  it('dates in 2999 are refused in profile sections and certificate values', async () => {
    const { client } = await signedInLawyer(t);
    const award = await client.post('/api/profile/sections/awards/entries', {
      level: '市级',
      content: '优秀律师',
      date: '2999-12-01',
      issuer: '司法局',
    });
    expect(award.json().fieldErrors).toEqual({
      date: '颁奖日期应在 1900-01-01 至 2100-12-31 之间',
    });

    const type = await admin.post('/api/admin/certificate-types', {
      name: '投标证明',
      description: '投标用',
      title: '证明',
      body: '兹证明{{机构名称}}于{{开标日期}}参加投标。',
      fields: [{ name: 'bidDate', label: '开标日期', kind: 'date', required: true }],
      applicantKinds: ['LAW_FIRM'],
      validityDays: 30,
      reviewMode: 'MANUAL',
    });
    expect(type.statusCode, type.body).toBe(201);
    const firm = await signedInOrganisation(t);
    const applied = await firm.client.post('/api/certificates', {
      typeId: type.json().id,
      values: { bidDate: '2999-01-01' },
      contactEmail: 'office@example.cn',
      paper: { needed: false },
    });
    expect(applied.statusCode).toBe(400);
    expect(applied.json().fieldErrors).toEqual({
      'values.bidDate': '开标日期应在 1900-01-01 至 2100-12-31 之间',
    });
  });
});

describe('the certificate draft', () => {
  it('keeps the input in progress and refuses other JSON, however deep', async () => {
    const { client } = await signedInOrganisation(t);
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = { a: deep };
    for (const input of [deep, { values: deep }, { paper: { needed: true, extra: 1 } }, []]) {
      const res = await client.put('/api/certificates/draft', { step: 2, input });
      expect(res.statusCode).toBe(400);
    }
    expect(await t.prisma.certificateDraft.count()).toBe(0);
    const input = { typeId: 'a', values: { purpose: '投标' }, paper: { needed: false } };
    const saved = await client.put('/api/certificates/draft', { step: 3, input });
    expect(saved.statusCode).toBe(200);
    expect((await client.get('/api/certificates/wizard')).json().draft.input).toEqual(input);
  });
});

describe('staff roles', () => {
  it('a role given twice is refused on the field, on create and on edit', async () => {
    const created = await admin.post('/api/admin/staff', {
      username: 'twice.roles',
      displayName: '王五',
      roles: ['CARD_OFFICER', 'CARD_OFFICER'],
      initialPassword: 'Welcome-2026',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().fieldErrors).toEqual({ roles: '角色不能重复选择' });
    const other = await makeStaff(t.prisma, ['CARD_OFFICER']);
    const edited = await admin.put(`/api/admin/staff/${other.account.id}`, {
      displayName: '赵六',
      roles: ['PROFILE_REVIEWER', 'PROFILE_REVIEWER'],
      disabled: false,
    });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().fieldErrors).toEqual({ roles: '角色不能重复选择' });
  });
});

describe('validation gaps', () => {
  const newLawyer = (idNo: string, extra: Record<string, unknown> = {}) => ({
    name: '孔令辉',
    gender: 'MALE',
    idNo,
    licenceNo: `1${String(Math.floor(Math.random() * 1e16)).padStart(16, '0')}`,
    practiceCategory: 'FULL_TIME',
    organisationRole: 'LAWYER',
    ...extra,
  });

  it('a roster refuses ID numbers of no region, of a minor or born in the future', async () => {
    const { client } = await signedInOrganisation(t);
    const year = new Date().getFullYear();
    for (const [idNo, message] of [
      [idOf('00000019850312001'), '身份证号的前 6 位不是有效的地区代码'],
      [idOf(`110105${year - 10}0101001`), '身份证号显示未满 18 周岁'],
      [idOf(`110105${year + 1}0101001`), '身份证号中的出生日期晚于今天'],
    ] as const) {
      const res = await client.post('/api/organisation/lawyers', newLawyer(idNo));
      expect(res.statusCode, idNo).toBe(400);
      expect(res.json().fieldErrors).toEqual({ idNo: message });
    }
  });

  it('a law firm cannot add a 公职律师 or 公司律师; a company office adds its own', async () => {
    const firm = await signedInOrganisation(t);
    for (const [category, label] of [
      ['PUBLIC', '公职律师'],
      ['COMPANY', '公司律师'],
    ]) {
      const res = await firm.client.post(
        '/api/organisation/lawyers',
        newLawyer(uniqueIdNumber(), { practiceCategory: category }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().fieldErrors).toEqual({ practiceCategory: `律师事务所不能添加${label}` });
    }
    const office = await signedInOrganisation(t, { kind: 'COMPANY_OFFICE' });
    const added = await office.client.post(
      '/api/organisation/lawyers',
      newLawyer(uniqueIdNumber(), { practiceCategory: 'COMPANY' }),
    );
    expect(added.statusCode, added.body).toBe(201);
  });

  it('one 负责人 per organisation', async () => {
    const { client } = await signedInOrganisation(t);
    const first = await client.post(
      '/api/organisation/lawyers',
      newLawyer(uniqueIdNumber(), { organisationRole: 'HEAD' }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const second = await client.post(
      '/api/organisation/lawyers',
      newLawyer(uniqueIdNumber(), { organisationRole: 'HEAD' }),
    );
    expect(second.statusCode).toBe(400);
    expect(second.json().fieldErrors).toEqual({
      organisationRole: '本机构已有负责人/主任，请选择其他所内身份',
    });
  });

  it('出生日期 agrees with the ID number and is not in the future; work does not start before birth', async () => {
    const { client, idNo } = await signedInLawyer(t);
    expect((await uploadPhoto(client, await idPhoto())).statusCode).toBe(200);
    const other = await client.put('/api/profile/basic/personal', {
      ...personal(idNo),
      birthDate: '1970-01-01',
    });
    expect(other.json().fieldErrors).toEqual({ birthDate: '出生日期与身份证号不一致' });
    const future = await client.put('/api/profile/basic/personal', {
      ...personal(idNo),
      idType: '护照',
      idNumber: 'E12345678',
      birthDate: '2099-01-01',
    });
    expect(future.json().fieldErrors.birthDate).toBe('出生日期不能晚于今天');
    const early = await client.put('/api/profile/basic/personal', {
      ...personal(idNo),
      joinedOrganisationDate: '1960-01-01',
    });
    expect(early.json().fieldErrors).toEqual({
      joinedOrganisationDate: '入职时间不能早于出生日期',
    });
    expect((await client.put('/api/profile/basic/personal', personal(idNo))).statusCode).toBe(200);
    // The page cannot know step 3's birth date when a work record is added: the server checks.
    const beforeBirth = await client.post('/api/profile/sections/work/entries', {
      ...work,
      startDate: '1960-01-01',
    });
    expect(beforeBirth.statusCode).toBe(400);
    expect(beforeBirth.json().fieldErrors).toEqual({ startDate: '开始日期不能早于出生日期' });
    expect((await client.post('/api/profile/sections/work/entries', work)).statusCode).toBe(200);
  });

  it('首次执业时间 in the future is refused', async () => {
    const { client } = await signedInLawyer(t);
    const res = await client.put('/api/profile/basic/practice', {
      firstPracticeDate: '2099-01-01',
    });
    expect(res.json().fieldErrors.firstPracticeDate).toBe('首次执业时间不能晚于今天');
  });
});
