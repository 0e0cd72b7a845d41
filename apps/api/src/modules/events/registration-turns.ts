import type { RegistrationState } from '@lx/shared/event-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, type DirectSql } from '../../db/direct-sql.ts';
import { WAITING_STATES } from './event-records.ts';

/** One registration as event_register takes it (its migration says what it decides). */
export type Turn = {
  event: string;
  account: string;
  lawyer: string;
  id: string;
  now: Date;
  fields: Record<string, string | null>;
  attachments: { id: string; filename: string; contentType: string; size: number; key: string }[];
  codeOffset: number;
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  ip: string | null;
};

/** What event_register answered: 'OK' with the state and the 签到码, or why not ('SETTLE': the
 * places must be settled first). */
export type Decision = {
  outcome: string;
  state: RegistrationState | null;
  detail: number | null;
  code: string | null;
};

/** A decision in its turn, with 候补第 N 位 for a waitlisted one. */
export type TurnDecision = Decision & { position: number | null };

/**
 * Decides these registrations in one statement, in their order, each under the event's lock
 * (taken by the first and held to the end). Runs on the direct lane, or in a transaction.
 */
export async function decideTurns(sql: DirectSql, turns: Turn[]): Promise<Decision[]> {
  const decisions = await sql<Decision>`
    SELECT d.outcome, d.state, d.detail, d.code
    FROM jsonb_array_elements(${JSON.stringify(turns)}::jsonb) WITH ORDINALITY AS t(turn, n)
      CROSS JOIN LATERAL event_register((t.turn->>'event')::uuid, (t.turn->>'account')::uuid,
        (t.turn->>'lawyer')::uuid, (t.turn->>'id')::uuid, (t.turn->>'now')::timestamptz,
        t.turn->'fields', t.turn->'attachments', (t.turn->>'codeOffset')::int,
        (t.turn->>'actorId')::uuid, t.turn->>'actorName', t.turn->>'requestId', t.turn->>'ip') d
    ORDER BY t.n`;
  if (decisions.length !== turns.length) throw new Error('event_register answered too little');
  return decisions;
}

type Waiting = {
  turn: Turn;
  resolve: (d: TurnDecision) => void;
  reject: (e: unknown) => void;
};

/** Per database client, per event: the registrations waiting for the batch under way to end. */
const queues = new WeakMap<PrismaClient, Map<string, Waiting[]>>();

/** At most this many in one statement (the time one batch holds the event's row). */
const BATCH = 50;

/**
 * Decides a registration in its turn. The first for an event goes at once; those that arrive
 * while its statement runs wait and then go together in the next one, in the order they came. A
 * rush of 2,000 is then ~40 statements that each lock the event once, instead of 2,000 that queue
 * for its row lock one handover at a time (bench/events.ts). Another API process batches its own:
 * the row lock still decides between them.
 */
export function decideInTurn(prisma: PrismaClient, turn: Turn): Promise<TurnDecision> {
  let byEvent = queues.get(prisma);
  if (!byEvent) queues.set(prisma, (byEvent = new Map()));
  return new Promise((resolve, reject) => {
    const waiting = byEvent.get(turn.event);
    if (waiting) {
      waiting.push({ turn, resolve, reject });
      return;
    }
    const queue = [{ turn, resolve, reject }];
    byEvent.set(turn.event, queue);
    void drain(directSql(prisma), byEvent, turn.event, queue);
  });
}

async function drain(
  sql: DirectSql,
  byEvent: Map<string, Waiting[]>,
  event: string,
  queue: Waiting[],
): Promise<void> {
  while (queue.length > 0) {
    const batch = queue.splice(0, BATCH);
    try {
      const decisions = await decideTurns(
        sql,
        batch.map((w) => w.turn),
      );
      // The positions are counted while the next batch goes: nobody waits for the count.
      void answerBatch(sql, event, batch, decisions);
    } catch {
      // One registration the database refused (say, a file row it could not store) must not take
      // the others with it: each again on its own, so that only that one fails.
      for (const w of batch) {
        try {
          await answerBatch(sql, event, [w], await decideTurns(sql, [w.turn]));
        } catch (error) {
          w.reject(error);
        }
      }
    }
  }
  byEvent.delete(event);
}

/** Each registration of the batch its decision, with 候补第 N 位 for the waitlisted. */
async function answerBatch(
  sql: DirectSql,
  event: string,
  batch: Waiting[],
  decisions: Decision[],
): Promise<void> {
  let positions = new Map<string, number>();
  try {
    positions = await waitlistPlaces(sql, event, batch, decisions);
  } catch {
    // The registrations stand; only the numbers are missing from this answer (the lists show them).
  }
  batch.forEach((w, i) =>
    w.resolve({ ...decisions[i]!, position: positions.get(w.turn.id) ?? null }),
  );
}

/**
 * 候补第 N 位 of the batch's waitlisted registrations, after the lock (the count grows with the
 * waitlist), numbered once for the whole batch.
 */
async function waitlistPlaces(
  sql: DirectSql,
  event: string,
  batch: Waiting[],
  decisions: Decision[],
): Promise<Map<string, number>> {
  const waitlisted = batch.filter((_, i) => decisions[i]!.state === 'WAITLISTED');
  if (waitlisted.length === 0) return new Map();
  const rows = await sql<{ id: string; position: number }>`
    SELECT id::text, position::int FROM (
      SELECT id, row_number() OVER (ORDER BY "waitlistedAt", id) AS position
      FROM "EventRegistration"
      WHERE "eventId" = ${event}::uuid AND state::text = ANY(${[...WAITING_STATES]})) w
    WHERE id = ANY(${waitlisted.map((w) => w.turn.id)}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.position]));
}
