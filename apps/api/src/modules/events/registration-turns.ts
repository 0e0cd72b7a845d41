import type { RegistrationState } from '@lx/shared/event-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, type DirectSql } from '../../db/direct-sql.ts';
import { WAITING_STATES } from './event-records.ts';

/** One registration as event_register_many takes it (its migration says what it decides). */
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

/** What event_register_many answered for one: 'OK' with the state and the 签到码, or why not
 * ('SETTLE': the places must be settled first). */
export type Decision = {
  outcome: string;
  state: RegistrationState | null;
  detail: number | null;
  code: string | null;
};

/** A decision in its turn, with 候补第 N 位 for a waitlisted one. */
export type TurnDecision = Decision & { position: number | null };

/**
 * Decides these registrations for one event in one statement, in their order, under the event's
 * lock: one lock, one update of the event, one insert of each kind. Runs on the direct lane, or in
 * a transaction.
 */
export async function decideTurns(sql: DirectSql, turns: Turn[]): Promise<Decision[]> {
  const event = turns[0]!.event;
  if (turns.some((t) => t.event !== event)) throw new Error('decideTurns: one event per batch');
  const decisions = await sql<Decision>`
    SELECT outcome, state, detail, code
    FROM event_register_many(${event}::uuid, ${JSON.stringify(turns)}::jsonb)`;
  if (decisions.length !== turns.length) throw new Error('event_register_many answered too little');
  return decisions;
}

type Waiting = {
  turn: Turn;
  resolve: (d: TurnDecision) => void;
  reject: (e: unknown) => void;
};

/** Per database client, per event: the registrations waiting for the batch under way to end. */
const queues = new WeakMap<PrismaClient, Map<string, Waiting[]>>();

/** At most this many in one statement: a full batch holds the event's row ~20 ms. In a rush the
 * batches stay smaller (30–80): they take what arrived while the last one ran. */
const BATCH = 200;

/**
 * Decides a registration in its turn. The first for an event goes at once; those that arrive
 * while its statement runs wait and then go together in the next one, in the order they came. A
 * rush of 2,000 is then ~40 statements that each lock the event once, instead of 2,000 that queue
 * for its row lock one handover at a time (bench/events.ts). They run on the direct lane's locking
 * connections, so that a batch never waits in the pool's queue behind the rush's own reads while
 * the next batch piles up. Another API process batches its own: the row lock still decides between
 * them.
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
    void drain(directSql(prisma, 'locking'), byEvent, turn.event, queue);
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
