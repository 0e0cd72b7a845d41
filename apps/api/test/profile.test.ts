import { CHANGEABLE_PERSONAL_FIELDS } from '@lx/shared/profile-basic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import {
  award,
  completeProfile,
  contact,
  education,
  idPhoto,
  personal,
  practice,
  uploadPhoto,
} from './support/profile-data.ts';
import { signedInLawyer, signedInOrganisation, signIn, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function profileRow(lawyerId: string) {
  return t.prisma.lawyerProfile.findUniqueOrThrow({ where: { lawyerId } });
}

async function submittedProfile() {
  const member = await signedInLawyer(t);
  const overview = await completeProfile(member.client, member.idNo);
  const res = await member.client.post('/api/profile/submit', { version: overview.version });
  expect(res.statusCode).toBe(200);
  const profile = await profileRow(member.lawyer.id);
  return { ...member, profile };
}

describe('profile completion', () => {
  it('starts with every section to fill, and the practice record read-only from the licence', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const overview = (await client.get('/api/profile')).json();
    expect(overview.state).toBe('DRAFT');
    expect(overview.sections).toHaveLength(13);
    expect(overview.sections.every((s: { status: string }) => s.status === 'TODO')).toBe(true);
    expect(overview.complete).toBe(false);
    const basic = (await client.get('/api/profile/basic')).json();
    expect(basic.practiceRecord).toMatchObject({
      name: lawyer.name,
      idNo: lawyer.idNo,
      licenceNo: lawyer.licenceNo,
    });
    expect(basic.step).toBe(1);
  });

  it('saves each step as a draft and resumes after the last saved step', async () => {
    const { client, idNo } = await signedInLawyer(t);
    expect((await client.put('/api/profile/basic/step', { step: 3 })).json().fieldErrors).toEqual({
      file: '请先上传证件照片',
    });
    expect((await uploadPhoto(client, await idPhoto())).statusCode).toBe(200);
    const saved = await client.put('/api/profile/basic/personal', personal(idNo));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().step).toBe(4);
    const again = (await client.get('/api/profile/basic')).json();
    expect(again.personal).toMatchObject({ nativePlace: '广东省东江市', ethnicity: '汉族' });
    expect(again.step).toBe(4);
  });

  it.each([
    ['personal', 'idNumber', '110105194912310021', '身份证号校验位不正确，请核对'],
    ['personal', 'birthDate', '1985/03/12', '出生日期格式应为 yyyy-MM-dd'],
    ['personal', 'socialInsuranceNo', '', '请填写社会保险号'],
    [
      'practice',
      'practiceAreas',
      ['民商事诉讼', '刑事辩护', '税务', '知识产权'],
      '执业范围最多选择 3 项',
    ],
    ['contact', 'mobile', '2380013800', '手机号码应为 11 位数字，以 1 开头'],
    ['contact', 'postcode', '52300', '邮政编码应为 6 位数字'],
    ['contact', 'email', 'lawyer-at-example', '电子邮箱格式不正确'],
    [
      'contact',
      'website',
      'lawyer.example.cn',
      '个人网站应以 http:// 或 https:// 开头，如 https://example.com',
    ],
  ])(
    'refuses a bad %s.%s with the message on the field, and saves nothing',
    async (step, field, value, message) => {
      const { client, idNo, lawyer } = await signedInLawyer(t);
      const valid = { personal: personal(idNo), practice, contact }[step as 'personal'];
      const res = await client.put(`/api/profile/basic/${step}`, { ...valid, [field]: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().fieldErrors[field]).toBe(message);
      const profile = await t.prisma.lawyerProfile.findUnique({
        where: { lawyerId: lawyer.id },
      });
      expect(profile?.[step as 'personal'] ?? null).toBeNull();
    },
  );

  it('refuses a list entry whose end date is before its start, or missing required fields', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const backwards = await client.post('/api/profile/sections/education/entries', {
      ...education,
      startDate: '2007-09-01',
      endDate: '2003-07-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fieldErrors.endDate).toBe('结束日期不能早于开始日期');
    const missing = await client.post('/api/profile/sections/education/entries', {
      country: '国内',
    });
    expect(missing.json().fieldErrors).toMatchObject({
      school: '请填写毕业院校',
      level: '请选择获得学历',
      degree: '请选择获得学位',
    });
    const badDate = await client.post('/api/profile/sections/awards/entries', {
      ...award,
      date: '2020-13-01',
    });
    expect(badDate.json().fieldErrors.date).toBe('颁奖日期不是有效日期');
    const unknownSlug = await client.get('/api/profile/sections/secrets');
    expect(unknownSlug.statusCode).toBe(404);
    const profile = await profileRow(lawyer.id);
    expect(await t.prisma.profileEntry.count({ where: { profileId: profile.id } })).toBe(0);
  });

  it('marks a section none only while it is empty, and adding a record clears the mark', async () => {
    const { client } = await signedInLawyer(t);
    expect(
      (await client.put('/api/profile/sections/awards/none', { none: true })).json().status,
    ).toBe('NONE');
    const added = await client.post('/api/profile/sections/awards/entries', award);
    expect(added.json()).toMatchObject({ status: 'FILLED', markedNone: false });
    const refused = await client.put('/api/profile/sections/awards/none', { none: true });
    expect(refused.statusCode).toBe(409);
    const education = await client.put('/api/profile/sections/education/none', { none: true });
    expect(education.statusCode).toBe(409);
    expect(education.json().message).toBe('教育经历不能填报为无');
  });

  it('derives the education summary from the highest education record', async () => {
    const { client } = await signedInLawyer(t);
    await client.post('/api/profile/sections/education/entries', education);
    await client.post('/api/profile/sections/education/entries', {
      ...education,
      school: '北京大学',
      level: '硕士研究生',
      degree: '硕士',
      startDate: '2007-09-01',
      endDate: '2010-07-01',
    });
    const basic = (await client.get('/api/profile/basic')).json();
    expect(basic.education).toEqual({ level: '硕士研究生', degree: '硕士' });
  });

  it("never shows or changes another lawyer's entries", async () => {
    const owner = await signedInLawyer(t);
    const created = await owner.client.post('/api/profile/sections/education/entries', education);
    const entryId = created.json().entries[0].id;
    const other = await signedInLawyer(t);
    const edit = await other.client.put(`/api/profile/sections/education/entries/${entryId}`, {
      ...education,
      school: '篡改',
    });
    expect(edit.statusCode).toBe(404);
    expect(edit.body).not.toContain('中山大学');
    const remove = await other.client.delete(`/api/profile/sections/education/entries/${entryId}`);
    expect(remove.statusCode).toBe(404);
    const list = (await other.client.get('/api/profile/sections/education')).json();
    expect(list.entries).toEqual([]);
    const entry = await t.prisma.profileEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect((entry.data as { school: string }).school).toBe('中山大学');
  });

  it('confirms basic information only when complete, and any later edit needs a new confirmation', async () => {
    const { client, idNo } = await signedInLawyer(t);
    const early = await client.post('/api/profile/basic/confirm', { verified: true });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toBe('请先完成：证件照片、基本信息、执业情况、联系方式');
    const unticked = await client.post('/api/profile/basic/confirm', { verified: false });
    expect(unticked.json().fieldErrors.verified).toBe('请勾选“我已核实以上信息正确无误”');
    await completeProfile(client, idNo);
    expect((await client.get('/api/profile/basic')).json().confirmedAt).not.toBeNull();
    await client.put('/api/profile/basic/contact', { ...contact, qq: '987654321' });
    expect((await client.get('/api/profile/basic')).json().confirmedAt).toBeNull();
  });
});

describe('review workflow', () => {
  it('refuses to submit an incomplete profile and names what is missing', async () => {
    const { client } = await signedInLawyer(t);
    const { version } = (await client.get('/api/profile')).json();
    const res = await client.post('/api/profile/submit', { version });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain(
      '信息尚未补全，不能提交审核：证件照片、基本信息、教育经历',
    );
  });

  it('submit → locked → withdraw → submit → reject with opinion → fix → submit → approve', async () => {
    const { client, profile, lawyer, account } = await submittedProfile();
    const locked = await client.post('/api/profile/sections/skills/entries', { name: '仲裁' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toBe('档案正在审核中，不能修改；如需修改请先撤回信息补全申请');

    const withdrawn = await client.post('/api/profile/withdraw', { version: profile.version });
    expect(withdrawn.json().state).toBe('DRAFT');
    const resubmitted = await client.post('/api/profile/submit', {
      version: withdrawn.json().version,
    });
    expect(resubmitted.json().state).toBe('SUBMITTED');

    const staff = await staffClient(t, ['PROFILE_REVIEWER']);
    const queue = (await staff.get('/api/admin/profiles?state=SUBMITTED&pageSize=100')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(profile.id);
    expect(queue.counts.SUBMITTED).toBeGreaterThan(0);
    const detail = (await staff.get(`/api/admin/profiles/${profile.id}`)).json();
    expect(detail.basic.practiceRecord.name).toBe(lawyer.name);
    expect(detail.sections).toHaveLength(12);

    const noOpinion = await staff.post(`/api/admin/profiles/${profile.id}/reject`, {
      version: detail.overview.version,
      opinion: '  ',
    });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().fieldErrors.opinion).toBe('请填写审核意见');
    const rejected = await staff.post(`/api/admin/profiles/${profile.id}/reject`, {
      version: detail.overview.version,
      opinion: '证件照片不清晰，请重新上传',
    });
    expect(rejected.statusCode).toBe(200);
    const seen = (await client.get('/api/profile')).json();
    expect(seen).toMatchObject({
      state: 'REJECTED',
      review: { opinion: '证件照片不清晰，请重新上传' },
    });
    const note = await t.prisma.notification.findFirstOrThrow({
      where: { accountId: account.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(note.title).toBe('您的档案信息未通过审核');
    expect(note.body).toContain('证件照片不清晰');

    expect((await uploadPhoto(client, await idPhoto())).statusCode).toBe(200);
    const reconfirm = await client.post('/api/profile/basic/confirm', { verified: true });
    expect(reconfirm.statusCode).toBe(200);
    const again = await client.post('/api/profile/submit', {
      version: (await client.get('/api/profile')).json().version,
    });
    expect(again.json().state).toBe('SUBMITTED');
    const current = (await staff.get(`/api/admin/profiles/${profile.id}`)).json();
    const approved = await staff.post(`/api/admin/profiles/${profile.id}/approve`, {
      version: current.overview.version,
    });
    expect(approved.json().overview.state).toBe('APPROVED');
    expect(approved.json().history.map((h: { decision: string }) => h.decision)).toEqual([
      'APPROVED',
      'SUBMITTED',
      'REJECTED',
      'SUBMITTED',
      'WITHDRAWN',
      'SUBMITTED',
    ]);
    const withdrawApproved = await client.post('/api/profile/withdraw', {
      version: approved.json().overview.version,
    });
    expect(withdrawApproved.statusCode).toBe(409);
    expect(withdrawApproved.json().message).toBe('只有审核中的档案可以撤回');
  });

  it('two reviewers deciding at once: exactly one wins, the other is told why', async () => {
    const { profile } = await submittedProfile();
    const [a, b] = [
      await staffClient(t, ['PROFILE_REVIEWER']),
      await staffClient(t, ['PROFILE_REVIEWER']),
    ];
    const results = await Promise.all([
      a.post(`/api/admin/profiles/${profile.id}/approve`, { version: profile.version }),
      b.post(`/api/admin/profiles/${profile.id}/reject`, {
        version: profile.version,
        opinion: '资料不全',
      }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().message).toBe(
      '该档案不在待审核状态，可能已被其他审核人员处理，请刷新后查看',
    );
    expect(
      await t.prisma.profileReview.count({
        where: { profileId: profile.id, decision: { in: ['APPROVED', 'REJECTED'] } },
      }),
    ).toBe(1);
  });

  it('filters the queue by organisation, keyword and submission date', async () => {
    const firm = await makeOrganisation(t.prisma);
    const lawyer = await makeLawyer(t.prisma, {
      organisationId: firm.organisation.id,
      mustChangePassword: false,
    });
    const client = await signIn(t, lawyer);
    const overview = await completeProfile(client, lawyer.lawyer.idNo);
    await client.post('/api/profile/submit', { version: overview.version });
    const staff = await staffClient(t, ['PROFILE_REVIEWER']);
    const byOrg = (
      await staff.get(`/api/admin/profiles?organisationId=${firm.organisation.id}`)
    ).json();
    expect(byOrg.items).toHaveLength(1);
    expect(byOrg.items[0].lawyerName).toBe(lawyer.lawyer.name);
    const byName = (
      await staff.get(`/api/admin/profiles?q=${encodeURIComponent(lawyer.lawyer.name)}`)
    ).json();
    expect(byName.total).toBe(1);
    const future = (await staff.get('/api/admin/profiles?submittedFrom=2099-01-01')).json();
    expect(future.total).toBe(0);
  });
});

describe('information change after approval', () => {
  async function approvedProfile() {
    const member = await submittedProfile();
    const staff = await staffClient(t, ['PROFILE_REVIEWER']);
    const res = await staff.post(`/api/admin/profiles/${member.profile.id}/approve`, {
      version: member.profile.version,
    });
    expect(res.statusCode).toBe(200);
    return { ...member, staff };
  }

  it('changes the mobile number through 信息变更 and records it in the change log', async () => {
    const { client, profile, staff, account } = await approvedProfile();
    const basic = (await client.get('/api/profile/basic')).json();
    expect(basic.editMode).toBe('change');
    const wizard = await client.put('/api/profile/basic/contact', contact);
    expect(wizard.statusCode).toBe(409);
    const changed = await client.put('/api/profile/basic', {
      ...Object.fromEntries(CHANGEABLE_PERSONAL_FIELDS.map((k) => [k, basic.personal[k] ?? ''])),
      ...basic.contact,
      mobile: '13711112222',
    });
    expect(changed.statusCode).toBe(200);
    const row = await t.prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.mobile).toBe('13711112222');
    const log = (await client.get('/api/profile/changes')).json();
    expect(log.items[0]).toMatchObject({
      section: 'BASIC',
      action: 'UPDATE',
      changes: [
        { field: 'mobile', label: '手机号码', before: '13800138000', after: '13711112222' },
      ],
    });
    const staffLog = (await staff.get(`/api/admin/profiles/${profile.id}/changes`)).json();
    expect(staffLog.items[0].changes[0].after).toBe('13711112222');
  });

  it('refuses fields outside the changeable subset', async () => {
    const { client } = await approvedProfile();
    const res = await client.put('/api/profile/basic', {
      ...contact,
      politicalAffiliations: ['群众'],
      maritalStatus: '已婚',
      residency: '大陆居民',
      firstWorkDate: '2008-07-01',
      socialInsuranceNo: '1',
      ethnicity: '回族',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('以下信息审核通过后不能在此修改，请提交工单：民族');
  });

  it('awards are add-only after approval; other sections stay editable and logged', async () => {
    const { client } = await approvedProfile();
    const added = await client.post('/api/profile/sections/awards/entries', award);
    expect(added.statusCode).toBe(200);
    const entry = added.json().entries[0];
    expect(entry.editable).toBe(false);
    const edit = await client.put(`/api/profile/sections/awards/entries/${entry.id}`, {
      ...award,
      content: '改了',
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().message).toBe('档案审核通过后，获奖情况只能新增，不能修改');
    const remove = await client.delete(`/api/profile/sections/awards/entries/${entry.id}`);
    expect(remove.statusCode).toBe(403);
    expect(remove.json().message).toBe('档案审核通过后，获奖情况只能新增，不能删除');

    const work = (await client.get('/api/profile/sections/work')).json().entries[0];
    const edited = await client.put(`/api/profile/sections/work/entries/${work.id}`, {
      ...work.data,
      position: '合伙人',
    });
    expect(edited.statusCode).toBe(200);
    const log = (await client.get('/api/profile/changes')).json();
    expect(log.items[0]).toMatchObject({
      section: 'WORK',
      action: 'UPDATE',
      changes: [{ label: '工作职务', before: '律师', after: '合伙人' }],
    });
    expect(log.items[1]).toMatchObject({ section: 'AWARDS', action: 'CREATE' });
  });

  it('replacing the photo after approval is logged', async () => {
    const { client } = await approvedProfile();
    expect((await uploadPhoto(client, await idPhoto())).statusCode).toBe(200);
    const log = (await client.get('/api/profile/changes')).json();
    expect(log.items[0].changes[0].label).toBe('证件照片');
  });
});

describe('registration form', () => {
  it('prints the PDF for the lawyer and for a reviewer', async () => {
    const { client, profile } = await submittedProfile();
    const own = await client.get('/api/profile/registration-form.pdf');
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const staff = await staffClient(t, ['PROFILE_REVIEWER']);
    const theirs = await staff.get(`/api/admin/profiles/${profile.id}/registration-form.pdf`);
    expect(theirs.statusCode).toBe(200);
  });
});

describe('profile access', () => {
  it('member routes are for lawyers; review routes need the profile.review permission', async () => {
    const { profile } = await submittedProfile();
    const { client: firmClient } = await signedInOrganisation(t);
    expect((await firmClient.get('/api/profile')).statusCode).toBe(403);

    const lawyer = await signedInLawyer(t);
    expect((await lawyer.client.get(`/api/admin/profiles/${profile.id}`)).statusCode).toBe(403);
    expect((await lawyer.client.get('/api/admin/profiles')).statusCode).toBe(403);

    const cardOfficer = await staffClient(t, ['CARD_OFFICER']);
    expect((await cardOfficer.get('/api/admin/profiles')).statusCode).toBe(403);
    expect(
      (
        await cardOfficer.post(`/api/admin/profiles/${profile.id}/approve`, {
          version: profile.version,
        })
      ).statusCode,
    ).toBe(403);
    expect((await cardOfficer.get('/api/admin/organisation-options')).statusCode).toBe(200);

    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/profile')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/admin/profiles/${profile.id}/photo`)).statusCode).toBe(401);
  });
});
