import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORWARD_CARD_ACTIONS } from '@lx/shared/card-schemas';
import { makeOrganisation } from './support/factories.ts';
import { multipart } from './support/multipart.ts';
import { idPhoto, uploadPhoto } from './support/profile-data.ts';
import { pdfText } from './support/pdf-tools.ts';
import { signedInLawyer, signIn, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
let officer: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  officer = await staffClient(t, ['CARD_OFFICER']);
});
afterAll(() => t.close());

async function uploadCardPhoto(client: TestClient, bytes?: Buffer, type = 'image/jpeg') {
  const body = multipart('file', 'photo.jpg', bytes ?? (await idPhoto()), type);
  return client.request('PUT', '/api/cards/photo', {
    payload: body.payload,
    headers: body.headers,
  });
}

type Kind = 'FIRST' | 'LOST' | 'REPLACEMENT';
async function apply(client: TestClient, kind: Kind, extra: Record<string, unknown> = {}) {
  expect((await uploadCardPhoto(client)).statusCode).toBe(200);
  return client.post('/api/card-applications', {
    kind,
    photo: 'uploaded',
    confirmed: true,
    ...extra,
  });
}

const transition = (id: string, action: string, comment?: string) =>
  officer.post(`/api/admin/card-applications/${id}/transition`, { action, comment });

async function walk(id: string, actions: readonly string[] = FORWARD_CARD_ACTIONS) {
  for (const action of actions) {
    const res = await transition(id, action);
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  }
}

/** A lawyer holding one active card, issued by a first application walked to 已领取. */
async function lawyerWithCard() {
  const member = await signedInLawyer(t);
  const res = await apply(member.client, 'FIRST');
  expect(res.statusCode).toBe(201);
  await walk(res.json().id);
  const overview = (await member.client.get('/api/cards')).json();
  expect(overview.cards).toHaveLength(1);
  // The card names the application that issued it; its times are the stored ones, to the ms.
  const stored = await t.prisma.card.findFirstOrThrow({ where: { lawyerId: member.lawyer.id } });
  expect(overview.cards[0]).toMatchObject({
    applicationNumber: res.json().number,
    issuedAt: stored.issuedAt.toISOString(),
    lostAt: null,
    canReportLost: true,
  });
  expect(overview.applications).toMatchObject([
    { id: res.json().id, state: 'COLLECTED', canCancel: false },
  ]);
  return { ...member, card: overview.cards[0] as { id: string; number: string; state: string } };
}

async function formText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'card-form-'));
  try {
    await writeFile(path.join(dir, 'form.pdf'), bytes);
    return await pdfText(path.join(dir, 'form.pdf'), { layout: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('applying for a card', () => {
  it('offers a first card only, and says why the other kinds are unavailable', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const overview = (await client.get('/api/cards')).json();
    expect(overview.practice).toMatchObject({
      name: lawyer.name,
      idNo: lawyer.idNo,
      licenceNo: lawyer.licenceNo,
    });
    expect(overview.options.FIRST).toEqual({ available: true, reason: null });
    expect(overview.options.LOST.reason).toBe('只有在“会员卡管理”中挂失后，才能申请遗失补卡');
    expect(overview.options.REPLACEMENT.reason).toBe('只有正常使用中的会员卡才能申请换卡');
    const lost = await apply(client, 'LOST');
    expect(lost.statusCode).toBe(409);
    expect(lost.json().message).toBe('只有在“会员卡管理”中挂失后，才能申请遗失补卡');
    expect(await t.prisma.cardApplication.count({ where: { lawyerId: lawyer.id } })).toBe(0);
  });

  it('applies with the uploaded photo: pending, photo and practice data kept, form printable', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const res = await apply(client, 'FIRST');
    expect(res.statusCode).toBe(201);
    const application = res.json();
    expect(application).toMatchObject({
      kind: 'FIRST',
      state: 'PENDING',
      canCancel: true,
      data: { name: lawyer.name, idNo: lawyer.idNo },
    });
    expect(application.number).toMatch(/^KS\d{6}$/);
    expect(application.history).toEqual([
      expect.objectContaining({ action: 'apply', label: '提交申请', toState: 'PENDING' }),
    ]);
    // The upload was handed to the application; the next application needs a new one.
    expect((await client.get('/api/cards')).json().uploadedPhoto).toBeNull();
    const photo = await client.get(`/api/card-applications/${application.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const pdf = await client.get(`/api/card-applications/${application.id}/form.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await formText(pdf.rawPayload);
    expect(text).toContain('会员卡申请表');
    expect(text).toContain(application.number);
    expect(text).toContain(lawyer.idNo);
    expect(text).toContain('首次申请');
  });

  it("uses a copy of the profile's photo, and refuses when the profile has none", async () => {
    const { client } = await signedInLawyer(t);
    const none = await client.post('/api/card-applications', {
      kind: 'FIRST',
      photo: 'profile',
      confirmed: true,
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().fieldErrors).toEqual({ photo: '档案中还没有证件照片，请上传新照片' });
    expect((await uploadPhoto(client, await idPhoto())).statusCode).toBe(200);
    const res = await client.post('/api/card-applications', {
      kind: 'FIRST',
      photo: 'profile',
      confirmed: true,
    });
    expect(res.statusCode).toBe(201);
    const row = await t.prisma.cardApplication.findUniqueOrThrow({ where: { id: res.json().id } });
    const profile = await t.prisma.lawyerProfile.findFirstOrThrow({
      where: { lawyerId: row.lawyerId },
    });
    expect(row.photoKey).not.toBe(profile.photoKey);
    expect(await t.app.storage.get(row.photoKey)).toEqual(
      await t.app.storage.get(profile.photoKey!),
    );
  });

  it.each([
    [{ kind: 'REPLACEMENT' }, { reason: '请选择换卡原因' }],
    [{ kind: 'FIRST', reason: '损坏' }, { reason: '只有换卡申请需要填写换卡原因' }],
    [{ kind: 'FIRST', reason: '丢了' }, { reason: '请选择换卡原因' }],
    [{ kind: 'FIRST', confirmed: false }, { confirmed: '请确认以上信息无误' }],
    [{ kind: 'UPGRADE' }, { kind: '请选择申请类型' }],
    [{ kind: 'FIRST', photo: 'camera' }, { photo: '请选择证件照片' }],
  ])('refuses %j with a message on the field', async (body, fieldErrors) => {
    const { client, lawyer } = await signedInLawyer(t);
    const res = await client.post('/api/card-applications', {
      photo: 'uploaded',
      confirmed: true,
      ...body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual(fieldErrors);
    expect(await t.prisma.cardApplication.count({ where: { lawyerId: lawyer.id } })).toBe(0);
  });

  it('refuses applying with an upload that was never made, and photos that break the rules', async () => {
    const { client } = await signedInLawyer(t);
    const res = await client.post('/api/card-applications', {
      kind: 'FIRST',
      photo: 'uploaded',
      confirmed: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ photo: '请先上传证件照片' });
    const small = await uploadCardPhoto(client, await idPhoto(200, 246));
    expect(small.statusCode).toBe(400);
    expect(small.json().message).toContain('358');
    const png = await uploadCardPhoto(client, Buffer.from('\x89PNG\r\n\x1a\nnot really'));
    expect([400, 415]).toContain(png.statusCode);
    expect((await client.get('/api/cards')).json().uploadedPhoto).toBeNull();
  });

  it('two applications at once (double click, two tabs): exactly one is made', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    expect((await uploadCardPhoto(client)).statusCode).toBe(200);
    expect((await uploadPhoto(client, await idPhoto())).statusCode).toBe(200);
    const body = { kind: 'FIRST', confirmed: true };
    const results = await Promise.all([
      client.post('/api/card-applications', { ...body, photo: 'profile' }),
      client.post('/api/card-applications', { ...body, photo: 'uploaded' }),
      client.post('/api/card-applications', { ...body, photo: 'profile' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const loser of results.filter((r) => r.statusCode === 409)) {
      expect(loser.json().message).toMatch(/正在办理|请勿重复提交/);
    }
    const rows = await t.prisma.cardApplication.findMany({ where: { lawyerId: lawyer.id } });
    expect(rows).toHaveLength(1);
    // Photos copied for the refused requests were removed again.
    const files = await Promise.all(
      results
        .filter((r) => r.statusCode === 201)
        .map((r) => t.app.storage.get(rows.find((row) => row.id === r.json().id)!.photoKey)),
    );
    expect(files.every(Boolean)).toBe(true);
  });
});

describe('the card office workflow', () => {
  it('walks 待审核 → 已领取 one step at a time, notifying the applicant each time, and issues the card', async () => {
    const {
      client,
      account: { id: accountId },
    } = await signedInLawyer(t);
    const { id } = (await apply(client, 'FIRST')).json();
    const states = [];
    for (const action of FORWARD_CARD_ACTIONS) {
      const res = await transition(id, action);
      expect(res.statusCode).toBe(200);
      states.push(res.json().state);
    }
    expect(states).toEqual([
      'ACCEPTED',
      'PRINTED',
      'IN_PRODUCTION',
      'MADE',
      'VERIFIED',
      'COLLECTED',
    ]);
    const notes = await t.prisma.notification.findMany({
      where: { accountId },
      orderBy: { createdAt: 'asc' },
    });
    expect(notes.map((n) => n.title)).toEqual([
      '会员卡申请已受理',
      '会员卡申请已印制',
      '会员卡申请制卡中',
      '会员卡申请已制卡',
      '会员卡申请已验卡',
      '会员卡申请已领取',
    ]);
    const detail = (await client.get(`/api/card-applications/${id}`)).json();
    expect(detail.cardNumber).toMatch(/^HY\d{8}$/);
    expect(notes.at(-1)!.body).toContain(detail.cardNumber);
    expect(detail.history.map((h: { label: string }) => h.label)).toEqual([
      '提交申请',
      '受理',
      '印制',
      '制卡',
      '制卡完成',
      '验卡',
      '领取',
    ]);
    const overview = (await client.get('/api/cards')).json();
    expect(overview.cards).toEqual([
      expect.objectContaining({ number: detail.cardNumber, state: 'ACTIVE', canReportLost: true }),
    ]);
    expect(overview.options.FIRST.available).toBe(false);
    expect(overview.options.REPLACEMENT.available).toBe(true);
    const audits = await t.prisma.auditEntry.count({ where: { entityId: id } });
    expect(audits).toBe(7);
  });

  it('refuses skipping a step and moving backwards, saying what state the application is in', async () => {
    const { client } = await signedInLawyer(t);
    const { id, number } = (await apply(client, 'FIRST')).json();
    const skip = await transition(id, 'print');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toBe(
      `申请 ${number} 当前状态为“待审核”，不能印制，可能已被其他人处理，请刷新后查看`,
    );
    await walk(id, ['accept', 'print']);
    const back = await transition(id, 'accept');
    expect(back.statusCode).toBe(409);
    expect(back.json().message).toContain('当前状态为“已印制”');
    const reject = await transition(id, 'reject', '照片不合格');
    expect(reject.statusCode).toBe(409);
    const row = await t.prisma.cardApplication.findUniqueOrThrow({ where: { id } });
    expect(row.state).toBe('PRINTED');
    expect(await t.prisma.cardApplicationEvent.count({ where: { applicationId: id } })).toBe(3);
  });

  it('rejects only with a reason; the applicant reads it, cancels and applies again', async () => {
    const {
      client,
      account: { id: accountId },
    } = await signedInLawyer(t);
    const { id } = (await apply(client, 'FIRST')).json();
    const bare = await transition(id, 'reject');
    expect(bare.statusCode).toBe(400);
    expect(bare.json().fieldErrors).toEqual({ comment: '请填写驳回原因' });
    const blank = await transition(id, 'reject', '   ');
    expect(blank.json().fieldErrors).toEqual({ comment: '请填写驳回原因' });
    const rejected = await transition(id, 'reject', '照片为生活照，请上传近期免冠证件照');
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      state: 'REJECTED',
      rejectReason: '照片为生活照，请上传近期免冠证件照',
      canCancel: true,
    });
    const note = await t.prisma.notification.findFirstOrThrow({ where: { accountId } });
    expect(note.body).toContain('照片为生活照，请上传近期免冠证件照');
    const home = (await client.get('/api/home')).json();
    expect(home.workItems.map((w: { key: string }) => w.key)).toContain('card-application');
    // A rejected application is still open: no second one until it is cancelled.
    expect((await client.get('/api/cards')).json().options.FIRST.available).toBe(false);
    const cancelled = await client.post(`/api/card-applications/${id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().state).toBe('CANCELLED');
    expect((await apply(client, 'FIRST')).statusCode).toBe(201);
  });

  it('refuses cancelling once accepted, with the reason', async () => {
    const { client } = await signedInLawyer(t);
    const { id, number } = (await apply(client, 'FIRST')).json();
    await walk(id, ['accept']);
    const res = await client.post(`/api/card-applications/${id}/cancel`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(
      `申请 ${number} 当前状态为“已受理”，只有待审核或已驳回的申请可以撤消`,
    );
    expect((await t.prisma.cardApplication.findUniqueOrThrow({ where: { id } })).state).toBe(
      'ACCEPTED',
    );
  });

  it('the officer and the applicant acting at the same moment: one wins, the other is told', async () => {
    for (let round = 0; round < 3; round++) {
      const { client } = await signedInLawyer(t);
      const { id } = (await apply(client, 'FIRST')).json();
      const [accepted, cancelled] = await Promise.all([
        transition(id, 'accept'),
        client.post(`/api/card-applications/${id}/cancel`),
      ]);
      expect([accepted.statusCode, cancelled.statusCode].sort()).toEqual([200, 409]);
      const row = await t.prisma.cardApplication.findUniqueOrThrow({ where: { id } });
      expect(row.state).toBe(accepted.statusCode === 200 ? 'ACCEPTED' : 'CANCELLED');
      expect(await t.prisma.cardApplicationEvent.count({ where: { applicationId: id } })).toBe(2);
    }
  });

  it('two officers taking the same step at once: one moves it, the other is refused', async () => {
    const other = await staffClient(t, ['CARD_OFFICER']);
    const { client } = await signedInLawyer(t);
    const { id } = (await apply(client, 'FIRST')).json();
    const results = await Promise.all([
      transition(id, 'accept'),
      other.post(`/api/admin/card-applications/${id}/transition`, { action: 'accept' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.prisma.cardApplicationEvent.count({ where: { applicationId: id } })).toBe(2);
  });

  it('moves many applications one step in bulk, all or nothing', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { client } = await signedInLawyer(t);
      ids.push((await apply(client, 'FIRST')).json().id);
    }
    const moved = await officer.post('/api/admin/card-applications/bulk-transition', {
      action: 'accept',
      ids,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ moved: 3 });
    await walk(ids[0]!, ['print']);
    const stale = await officer.post('/api/admin/card-applications/bulk-transition', {
      action: 'print',
      ids,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toMatch(/^以下申请的状态已变化，不能印制：KS\d{6}（已印制）/);
    const states = await t.prisma.cardApplication.findMany({
      where: { id: { in: ids } },
      select: { state: true },
    });
    expect(states.map((s) => s.state).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'PRINTED']);
    const reject = await officer.post('/api/admin/card-applications/bulk-transition', {
      action: 'reject',
      ids,
    });
    expect(reject.statusCode).toBe(400);
    expect(reject.json().fieldErrors).toEqual({ action: '批量办理只能向前推进一步' });
    const unknown = await officer.post('/api/admin/card-applications/bulk-transition', {
      action: 'print',
      ids: [ids[1], '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('filters the queue by state, kind and keyword, with a count per state', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const { id, number } = (await apply(client, 'FIRST')).json();
    await walk(id, ['accept']);
    const byName = (
      await officer.get(`/api/admin/card-applications?q=${encodeURIComponent(lawyer.name)}`)
    ).json();
    expect(byName.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(byName.counts.ACCEPTED).toBe(1);
    expect(byName.counts.PENDING).toBe(0);
    const byNumber = (await officer.get(`/api/admin/card-applications?q=${number}`)).json();
    expect(byNumber.items).toEqual([
      expect.objectContaining({ id, lawyerName: lawyer.name, state: 'ACCEPTED' }),
    ]);
    const wrongKind = (
      await officer.get(`/api/admin/card-applications?q=${number}&kind=LOST`)
    ).json();
    expect(wrongKind.total).toBe(0);
    const pending = (
      await officer.get(`/api/admin/card-applications?q=${number}&state=PENDING`)
    ).json();
    expect(pending.items).toEqual([]);
    expect(pending.counts.ACCEPTED).toBe(1);
  });
});

describe('card management: report lost, reactivate, replace', () => {
  it('reports a card lost, applies for a lost card, and the old card is void once the new one is collected', async () => {
    const { client, card } = await lawyerWithCard();
    const lost = await client.post(`/api/cards/${card.id}/report-lost`);
    expect(lost.statusCode).toBe(200);
    expect(lost.json().cards[0]).toMatchObject({ state: 'LOST', canReactivate: true });
    expect(lost.json().options.LOST.available).toBe(true);
    const twice = await client.post(`/api/cards/${card.id}/report-lost`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe(`会员卡 ${card.number} 不在正常使用状态，不能挂失`);
    const res = await apply(client, 'LOST');
    expect(res.statusCode).toBe(201);
    expect(res.json().replacesCardNumber).toBe(card.number);
    await walk(res.json().id, ['accept']);
    // A new card is being made: the lost one can no longer be reactivated.
    const refused = await client.post(`/api/cards/${card.id}/reactivate`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('遗失补卡申请已受理，新卡正在制作，此卡不能再激活');
    const mid = (await client.get('/api/cards')).json();
    expect(mid.cards[0]).toMatchObject({ state: 'LOST', canReactivate: false });
    expect(mid.cards[0].reactivateRefusal).toBe('遗失补卡申请已受理，新卡正在制作，此卡不能再激活');
    await walk(res.json().id, ['print', 'produce', 'finish', 'verify']);
    expect((await client.get('/api/cards')).json().cards[0].state).toBe('LOST');
    await walk(res.json().id, ['collect']);
    const after = (await client.get('/api/cards')).json();
    expect(after.cards.map((c: { number: string; state: string }) => [c.number, c.state])).toEqual([
      [expect.stringMatching(/^HY/), 'ACTIVE'],
      [card.number, 'VOID'],
    ]);
    expect(after.cards[1].voidedAt).not.toBeNull();
  });

  it('reactivates a card found again, withdrawing a lost-card application still pending', async () => {
    const { client, card } = await lawyerWithCard();
    await client.post(`/api/cards/${card.id}/report-lost`);
    const { id } = (await apply(client, 'LOST')).json();
    const res = await client.post(`/api/cards/${card.id}/reactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json().cards[0]).toMatchObject({ state: 'ACTIVE', lostAt: null });
    const application = (await client.get(`/api/card-applications/${id}`)).json();
    expect(application.state).toBe('CANCELLED');
    expect(application.history.at(-1)).toMatchObject({
      label: '会员卡已激活，遗失申请自动撤消',
      comment: `会员卡 ${card.number} 已激活`,
    });
    const again = await client.post(`/api/cards/${card.id}/reactivate`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`会员卡 ${card.number} 未挂失，不需要激活`);
  });

  it('replaces a damaged card: the reason is kept and the old card is void on collection', async () => {
    const { client, card } = await lawyerWithCard();
    const res = await apply(client, 'REPLACEMENT', { reason: '消磁' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ reason: '消磁', replacesCardNumber: card.number });
    await walk(res.json().id);
    const cards = (await client.get('/api/cards')).json().cards;
    expect(cards.map((c: { state: string }) => c.state)).toEqual(['ACTIVE', 'VOID']);
    const text = await formText(
      (await client.get(`/api/card-applications/${res.json().id}/form.pdf`)).rawPayload,
    );
    expect(text).toContain('换卡申请（消磁）');
    expect(text).toContain(card.number);
  });
});

describe('access', () => {
  it("another lawyer's application or card is not found", async () => {
    const owner = await lawyerWithCard();
    const { id } = (await apply(owner.client, 'REPLACEMENT', { reason: '损坏' })).json();
    const { client } = await signedInLawyer(t);
    for (const url of [
      `/api/card-applications/${id}`,
      `/api/card-applications/${id}/photo`,
      `/api/card-applications/${id}/form.pdf`,
    ]) {
      expect((await client.get(url)).statusCode, url).toBe(404);
    }
    expect((await client.post(`/api/card-applications/${id}/cancel`)).statusCode).toBe(404);
    expect((await client.post(`/api/cards/${owner.card.id}/report-lost`)).statusCode).toBe(404);
    expect((await client.post(`/api/cards/${owner.card.id}/reactivate`)).statusCode).toBe(404);
    const row = await t.prisma.cardApplication.findUniqueOrThrow({ where: { id } });
    expect(row.state).toBe('PENDING');
    expect((await t.prisma.card.findUniqueOrThrow({ where: { id: owner.card.id } })).state).toBe(
      'ACTIVE',
    );
  });

  it('cards are for lawyers; the office is for card officers', async () => {
    const org = await makeOrganisation(t.prisma, {
      password: 'Org-Pass-1',
      mustChangePassword: false,
    });
    const firm = await signIn(t, org);
    expect((await firm.get('/api/cards')).statusCode).toBe(403);
    expect((await firm.post('/api/card-applications', { kind: 'FIRST' })).statusCode).toBe(403);
    const { client } = await signedInLawyer(t);
    const { id } = (await apply(client, 'FIRST')).json();
    expect((await client.get('/api/admin/card-applications')).statusCode).toBe(403);
    const reviewer = await staffClient(t, ['PROFILE_REVIEWER']);
    const res = await reviewer.post(`/api/admin/card-applications/${id}/transition`, {
      action: 'accept',
    });
    expect(res.statusCode).toBe(403);
    expect((await reviewer.get(`/api/admin/card-applications/${id}`)).statusCode).toBe(403);
    expect((await new TestClient(t.app).get('/api/cards')).statusCode).toBe(401);
    const detail = await officer.get(`/api/admin/card-applications/${id}`);
    expect(detail.statusCode).toBe(200);
    expect((await officer.get(`/api/admin/card-applications/${id}/photo`)).statusCode).toBe(200);
    expect(
      (await officer.get('/api/admin/card-applications/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });
});
