import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { decideInTurn, type Turn } from '../src/modules/events/registration-turns.ts';
import { makeEvent, makeRegistration } from './support/events.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { openTestDatabase } from './support/test-database.ts';

// The turns of a rush (registration-turns.ts): registrations that arrive while one statement holds
// the event are decided together in the next, in the order they came, on either database.

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function turnFor(eventId: string, lawyer?: Awaited<ReturnType<typeof makeLawyer>>) {
  const l = lawyer ?? (await makeLawyer(db.prisma, { mustChangePassword: false }));
  const turn: Turn = {
    event: eventId,
    account: l.account.id,
    lawyer: l.lawyer.id,
    id: randomUUID(),
    now: new Date(),
    fields: {
      name: l.lawyer.name,
      gender: 'MALE',
      workplace: '测试律师事务所',
      position: null,
      phone: null,
      mobile: '13900000000',
      email: 'turn@example.cn',
    },
    attachments: [],
    codeOffset: 4711,
    actorId: l.account.id,
    actorName: l.lawyer.name,
    requestId: null,
    ip: null,
  };
  return turn;
}

describe('registrations decided in turns', () => {
  it('gives places and waitlist positions in the order the registrations came', async () => {
    const event = await makeEvent(db.prisma, { capacity: 2 });
    const turns = [];
    for (let i = 0; i < 6; i++) turns.push(await turnFor(event.id));
    const decisions = await Promise.all(turns.map((t) => decideInTurn(db.prisma, t)));
    expect(decisions.map((d) => [d.outcome, d.state, d.position])).toEqual([
      ['OK', 'REGISTERED', null],
      ['OK', 'REGISTERED', null],
      ['OK', 'WAITLISTED', 1],
      ['OK', 'WAITLISTED', 2],
      ['OK', 'WAITLISTED', 3],
      ['OK', 'WAITLISTED', 4],
    ]);
    const rows = await db.prisma.eventRegistration.findMany({ where: { eventId: event.id } });
    expect(new Set(rows.map((r) => r.checkInCode)).size).toBe(6);
    const saved = await db.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([saved.placesTaken, saved.registrationsMade]).toEqual([2, 6]);
  });

  it('the same lawyer twice in one batch: the second is refused', async () => {
    const event = await makeEvent(db.prisma);
    const lawyer = await makeLawyer(db.prisma, { mustChangePassword: false });
    const [a, b] = await Promise.all([
      decideInTurn(db.prisma, await turnFor(event.id, lawyer)),
      decideInTurn(db.prisma, await turnFor(event.id, lawyer)),
    ]);
    expect([a.outcome, b.outcome]).toEqual(['OK', 'SAME']);
  });

  it('a 签到码 already taken by a registration written another way moves on to the next', async () => {
    const event = await makeEvent(db.prisma);
    const first = await decideInTurn(db.prisma, await turnFor(event.id));
    // The code the second registration would get (n = 1), taken beforehand.
    const taken = String((1 * 7919 + 4711) % 1_000_000).padStart(6, '0');
    const { registration } = await makeRegistration(db.prisma, {
      eventId: event.id,
      state: 'CANCELLED',
    });
    await db.prisma.eventRegistration.update({
      where: { id: registration.id },
      data: { checkInCode: taken },
    });
    const second = await decideInTurn(db.prisma, await turnFor(event.id));
    expect(second.outcome).toBe('OK');
    expect([first.code, taken]).not.toContain(second.code);
  });

  it('a 签到码 taken in the middle of a batch: that one gets a later number, the rest theirs', async () => {
    const event = await makeEvent(db.prisma);
    const taken = String((1 * 7919 + 4711) % 1_000_000).padStart(6, '0');
    const { registration } = await makeRegistration(db.prisma, {
      eventId: event.id,
      state: 'CANCELLED',
    });
    await db.prisma.eventRegistration.update({
      where: { id: registration.id },
      data: { checkInCode: taken },
    });
    const turns = [];
    for (let i = 0; i < 4; i++) turns.push(await turnFor(event.id));
    const decisions = await Promise.all(turns.map((t) => decideInTurn(db.prisma, t)));
    expect(decisions.map((d) => d.outcome)).toEqual(['OK', 'OK', 'OK', 'OK']);
    const codes = decisions.map((d) => d.code);
    expect(new Set([...codes, taken]).size).toBe(5);
    const rows = await db.prisma.eventRegistration.findMany({ where: { eventId: event.id } });
    expect(
      rows
        .filter((r) => r.state === 'REGISTERED')
        .map((r) => r.checkInCode)
        .sort(),
    ).toEqual([...codes].sort());
  });

  it('a firm’s 每人限报 counts what its own batch registers', async () => {
    const event = await makeEvent(db.prisma, { perAccountLimit: 2 });
    const firm = await makeOrganisation(db.prisma);
    const turns = [];
    for (let i = 0; i < 3; i++) {
      const lawyer = await makeLawyer(db.prisma, { organisationId: firm.organisation.id });
      turns.push({ ...(await turnFor(event.id, lawyer)), account: firm.account.id });
    }
    const decisions = await Promise.all(turns.map((t) => decideInTurn(db.prisma, t)));
    expect(decisions.map((d) => [d.outcome, d.detail])).toEqual([
      ['OK', null],
      ['OK', null],
      ['LIMIT', 2],
    ]);
    expect(await db.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(2);
    expect(
      await db.prisma.auditEntry.count({
        where: { action: 'event.registered', entityId: { in: turns.map((t) => t.id) } },
      }),
    ).toBe(2);
  });

  it('one registration the database refuses fails alone; the rest of its batch is decided', async () => {
    const event = await makeEvent(db.prisma);
    const good = [await turnFor(event.id), await turnFor(event.id), await turnFor(event.id)];
    // An account that does not exist: its row breaks a foreign key.
    const bad = { ...(await turnFor(event.id)), account: randomUUID() };
    const results = await Promise.allSettled(
      [good[0]!, bad, good[1]!, good[2]!].map((t) => decideInTurn(db.prisma, t)),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const rows = await db.prisma.eventRegistration.findMany({ where: { eventId: event.id } });
    expect(rows.map((r) => r.id).sort()).toEqual(good.map((t) => t.id).sort());
  });
});
