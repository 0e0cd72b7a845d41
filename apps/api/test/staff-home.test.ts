import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer } from './support/factories.ts';
import { signedInLawyer, signedInOrganisation, staffClient } from './support/sign-in.ts';
import { startTestApp, type Started } from './support/test-app.ts';

// The staff home (issue 15): each role's waiting work with its count, and nobody else's.

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Item = { key: string; count?: number; link: string };
const itemsOf = async (client: Awaited<ReturnType<typeof staffClient>>) =>
  (await client.get('/api/home')).json<{ workItems: Item[] }>().workItems;

describe('the staff home counts each role’s waiting work', () => {
  it('tickets for support, correction tickets for member admins, drafts for the clerk', async () => {
    const member = await signedInLawyer(t);
    for (const [category, title] of [
      ['信息有误', '执业证号有误'],
      ['信息有误', '身份证号有误'],
      ['转所', '申请转所'],
      ['其他', '其他问题'],
    ] as const) {
      const res = await member.client.post('/api/tickets', {
        category,
        title,
        description: '请协助处理。',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await t.prisma.officialDocument.create({
      data: {
        number: '东律〔2026〕99号',
        issuer: '测试市律师协会',
        issuedOn: new Date('2026-11-01T00:00:00Z'),
        receivedOn: new Date('2026-11-02T00:00:00Z'),
        secrecy: 'PUBLIC',
        title: '草稿',
        body: '正文',
      },
    });

    const support = await itemsOf(await staffClient(t, ['SUPPORT_AGENT']));
    expect(support.find((i) => i.key === 'tickets-open')).toMatchObject({
      count: 4,
      link: '/tickets?state=OPEN',
    });
    expect(support.map((i) => i.key)).not.toContain('documents-drafts');

    const admin = await itemsOf(await staffClient(t, ['MEMBER_ADMIN']));
    expect(
      admin.filter((i) => i.key.startsWith('tickets-member-')).map((i) => [i.key, i.count]),
    ).toEqual([
      ['tickets-member-信息有误', 2],
      ['tickets-member-转所', 1],
    ]);

    const clerk = await itemsOf(await staffClient(t, ['DOCUMENTS_CLERK']));
    expect(clerk.find((i) => i.key === 'documents-drafts')?.count).toBe(1);
    expect(clerk.map((i) => i.key)).not.toContain('tickets-open');

    const reviewerClient = await staffClient(t, ['CERTIFICATE_REVIEWER']);
    expect((await itemsOf(reviewerClient)).map((i) => i.key)).not.toContain(
      'certificate-applications',
    );
    const types = (await reviewerClient.get('/api/admin/certificate-types')).json<
      { id: string; name: string }[]
    >();
    const firm = await signedInOrganisation(t);
    const lawyer = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const applied = await firm.client.post('/api/certificates', {
      typeId: types.find((x) => x.name === '律师执业证明')!.id,
      values: { purpose: '参加政府采购投标' },
      contactEmail: 'office@firm.example.cn',
      lawyerIds: [lawyer.lawyer.id],
      paper: { needed: false },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(
      (await itemsOf(reviewerClient)).find((i) => i.key === 'certificate-applications'),
    ).toMatchObject({ count: 1, link: '/certificates?state=PENDING' });
  });
});
