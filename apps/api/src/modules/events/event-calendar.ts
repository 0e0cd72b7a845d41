import type { PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import type { Member } from './member-event-records.ts';

// RFC 5545: text escapes, UTC times, lines folded at 75 octets.
const escape = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = Buffer.byteLength(char, 'utf8');
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The member's registration as an .ics calendar entry (times in UTC; calendars show local). */
export async function registrationCalendar(
  prisma: PrismaClient,
  member: Member,
  registrationId: string,
  now = new Date(),
): Promise<{ filename: string; body: string }> {
  const registration = await prisma.eventRegistration.findFirst({
    where: { id: registrationId, accountId: member.accountId },
    include: { event: true },
  });
  if (!registration) throw notFound('报名记录');
  const { event } = registration;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//lx//events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${registration.id}@events`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escape(event.title)}`,
    `LOCATION:${escape(event.location)}`,
    `DESCRIPTION:${escape(`主办方：${event.organiser}\n签到码：${registration.checkInCode}`)}`,
    event.state === 'CANCELLED' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return {
    filename: `${event.title}.ics`,
    body: lines.map(fold).join('\r\n') + '\r\n',
  };
}

/** A file of the member's own registration or leave request. */
export async function findOwnEventAttachment(
  prisma: PrismaClient,
  member: Member,
  attachmentId: string,
) {
  const attachment = await prisma.eventAttachment.findFirst({
    where: {
      id: attachmentId,
      OR: [
        { registration: { accountId: member.accountId } },
        { leave: { registration: { accountId: member.accountId } } },
      ],
    },
  });
  if (!attachment) throw notFound('附件');
  return attachment;
}
