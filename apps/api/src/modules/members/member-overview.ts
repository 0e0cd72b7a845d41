import { TICKET_WORKFLOW } from '@lx/shared/ticket-workflow';
import { isFinalState } from '@lx/shared/workflow';
import type { MemberDetail } from '@lx/shared/member-schemas';
import { trainingYearOf } from '@lx/shared/training-rules';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { formatTicketNo } from '../tickets/ticket-management.ts';
import { trainingSummary } from '../training/training-records.ts';
import { findMember, findTransfers, toMemberListItem } from './member-records.ts';

const LATEST = 5;
const OPEN_TICKET_STATES = TICKET_WORKFLOW.states.filter((s) => !isFinalState(TICKET_WORKFLOW, s));

/** 会员详情: who the lawyer is, where they practise, their account and what they have with us. */
export async function getMemberDetail(
  prisma: PrismaClient,
  lawyerId: string,
): Promise<MemberDetail> {
  const row = await findMember(prisma, lawyerId);
  const accountId = row.accountId;
  const year = trainingYearOf(new Date());
  // Certificates the lawyer applied for, and those a firm applied for naming them.
  const certificateWhere = {
    OR: [
      ...(accountId ? [{ accountId }] : []),
      { lawyers: { array_contains: [{ id: lawyerId }] } },
    ],
  };
  const ticketWhere = { accountId: accountId ?? '00000000-0000-0000-0000-000000000000' };
  const [profile, cards, certificateTotal, certificates, ticketTotal, openTickets, tickets] =
    await Promise.all([
      prisma.lawyerProfile.findUnique({ where: { lawyerId }, select: { state: true } }),
      prisma.card.findMany({ where: { lawyerId }, orderBy: { issuedAt: 'desc' }, take: LATEST }),
      prisma.certificateApplication.count({ where: certificateWhere }),
      prisma.certificateApplication.findMany({
        where: certificateWhere,
        include: { type: { select: { name: true } } },
        orderBy: { createdAt: 'desc' },
        take: LATEST,
      }),
      prisma.ticket.count({ where: ticketWhere }),
      prisma.ticket.count({ where: { ...ticketWhere, state: { in: OPEN_TICKET_STATES } } }),
      prisma.ticket.findMany({ where: ticketWhere, orderBy: { createdAt: 'desc' }, take: LATEST }),
    ]);
  const [summary, transfers] = [
    await trainingSummary(prisma, year, lawyerId),
    await findTransfers(prisma, { lawyerId }),
  ];
  const account = row.account;
  return {
    ...toMemberListItem(row),
    idNo: row.idNo,
    authority: row.authority,
    leftAt: row.leftAt ? row.leftAt.toISOString().slice(0, 10) : null,
    organisationKind: row.organisation.kind,
    account: account
      ? {
          id: account.id,
          mobile: account.mobile,
          email: account.email,
          disabled: account.disabled,
          lockedUntil: account.lockedUntil?.toISOString() ?? null,
          mustChangePassword: account.mustChangePassword,
          failedLoginCount: account.failedLoginCount,
          lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
          version: account.version,
        }
      : null,
    profileState: profile?.state ?? 'DRAFT',
    cards: cards.map((c) => ({
      id: c.id,
      number: c.number,
      state: c.state,
      issuedAt: c.issuedAt.toISOString(),
    })),
    certificates: {
      total: certificateTotal,
      latest: certificates.map((c) => ({
        id: c.id,
        number: c.number,
        typeName: c.type.name,
        state: c.state,
        createdAt: c.createdAt.toISOString(),
      })),
    },
    tickets: {
      total: ticketTotal,
      open: openTickets,
      latest: tickets.map((t) => ({
        id: t.id,
        number: formatTicketNo(t.number),
        title: t.title,
        state: t.state,
        createdAt: t.createdAt.toISOString(),
      })),
    },
    training: {
      year,
      hours: summary?.totals.total ?? 0,
      requiredHours: summary?.requirement?.totalHours ?? null,
    },
    transfers,
  };
}

/** The lawyer whose account opened this ticket (null for an organisation's ticket). */
export async function memberOfTicket(prisma: PrismaClient, ticketId: string) {
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: { account: { select: { lawyer: { select: { id: true } } } } },
  });
  return { lawyerId: ticket?.account.lawyer?.id ?? null };
}
