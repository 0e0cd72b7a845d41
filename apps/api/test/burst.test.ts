import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer } from './support/factories.ts';
import { multipart } from './support/multipart.ts';
import { idPhoto } from './support/profile-data.ts';
import { signIn } from './support/sign-in.ts';
import { onPostgres } from './support/test-database.ts';
import { startTestApp, type Started, type TestClient } from './support/test-app.ts';

// Issue 17: a burst past the database's capacity is answered 503 with Retry-After and a Chinese
// message, never 500, and nothing is half-made: 200 lawyers apply for a card at the same moment on
// a pool of 2 connections that waits 0.2 s (a pool of 4 waiting 1 s took them all once applying
// was three statements on the driver); those refused try again, and each lawyer ends with exactly
// one application. PostgreSQL only: the embedded database is one connection, no pool.

const LAWYERS = 200;
let t: Started;

beforeAll(async () => {
  if (!onPostgres()) return;
  t = await startTestApp({ databasePoolSize: 2, databasePoolWaitMs: 200 });
});
afterAll(() => t?.close());

describe.runIf(onPostgres())('a burst on PostgreSQL', () => {
  it('200 card applications at once: 201 or 503 with Retry-After, never 500; one each after retries', async () => {
    // Set up one at a time, so the set-up itself is no burst. The first lawyer uploads the ID
    // photo; the others get the same stored file as their upload (the photo checks are
    // another test's subject).
    const lawyers: { id: string; client: TestClient }[] = [];
    for (let i = 0; i < LAWYERS; i++) {
      const made = await makeLawyer(t.prisma, { mustChangePassword: false });
      lawyers.push({ id: made.lawyer.id, client: await signIn(t, made) });
    }
    const body = multipart('file', 'photo.jpg', await idPhoto(), 'image/jpeg');
    const upload = await lawyers[0]!.client.request('PUT', '/api/cards/photo', {
      payload: body.payload,
      headers: body.headers,
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const { key } = await t.prisma.cardPhotoUpload.findUniqueOrThrow({
      where: { lawyerId: lawyers[0]!.id },
    });
    await t.prisma.cardPhotoUpload.createMany({
      data: lawyers.slice(1).map((l) => ({ lawyerId: l.id, key })),
    });

    const apply = (client: TestClient) =>
      client.post('/api/card-applications', { kind: 'FIRST', photo: 'uploaded', confirmed: true });
    const statuses = new Map<number, number>();
    let waiting = lawyers;
    let rounds = 0;
    while (waiting.length > 0 && rounds < 20) {
      rounds++;
      const answers = await Promise.all(waiting.map((l) => apply(l.client)));
      const next: typeof waiting = [];
      answers.forEach((res, i) => {
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        if (res.statusCode === 503) {
          expect(res.headers['retry-after']).toBeDefined();
          expect(res.json().message).toBe('系统繁忙，请稍后再试');
          next.push(waiting[i]!);
        } else {
          expect(res.statusCode, res.body).toBe(201);
        }
      });
      waiting = next;
    }
    expect(waiting).toHaveLength(0);
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(201)).toBe(LAWYERS);
    // The first round was past capacity: some were told to come back.
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    const perLawyer = await t.prisma.cardApplication.groupBy({
      by: ['lawyerId'],
      where: { lawyerId: { in: lawyers.map((l) => l.id) } },
      _count: { _all: true },
    });
    expect(perLawyer).toHaveLength(LAWYERS);
    expect(perLawyer.every((g) => g._count._all === 1)).toBe(true);
    console.info(
      `burst: ${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')} in ${rounds} rounds`,
    );
  }, 180_000);
});
