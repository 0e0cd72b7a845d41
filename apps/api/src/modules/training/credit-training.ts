import { formatDate } from '@lx/shared/dates';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import type { Prisma } from '../../generated/prisma/client.ts';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** The event as its credit needs it. */
export type CreditedEvent = {
  id: string;
  title: string;
  organiser: string;
  startsAt: Date;
  trainingHours: Prisma.Decimal | number;
  trainingKind: 'ONSITE' | 'OFFLINE' | 'ONLINE' | null;
};

const ATTENDED = REGISTRATION_WORKFLOW.transitions.markAttended.to;

/**
 * 记学时: the event's hours, in its kind, to every lawyer who attended it, dated the day it began
 * (Shanghai). One statement however many attended; a lawyer already credited for the event is
 * left as they are (creditKey), so running it again adds nothing. Returns the entries written.
 * An event without hours credits nothing.
 */
export async function creditEventTraining(db: Db, event: CreditedEvent): Promise<number> {
  const hours = Number(event.trainingHours);
  if (!(hours > 0) || !event.trainingKind) return 0;
  const day = formatDate(event.startsAt);
  return db.$executeRaw`
    INSERT INTO "TrainingEntry"
      (id, "lawyerId", date, title, organiser, kind, hours, source, "eventId", "creditKey")
    SELECT gen_random_uuid(), r."lawyerId", ${day}::date, ${event.title}, ${event.organiser},
      ${event.trainingKind}::"TrainingKind", ${String(event.trainingHours)}::numeric,
      'EVENT'::"TrainingSource", ${event.id}::uuid,
      'event:' || ${event.id} || ':' || r."lawyerId"::text
    FROM "EventRegistration" r
    WHERE r."eventId" = ${event.id}::uuid AND r.state::text = ${ATTENDED}
    ON CONFLICT ("creditKey") DO NOTHING`;
}
