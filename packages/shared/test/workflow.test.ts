import { describe, expect, it } from 'vitest';
import { CARD_APPLICATION_WORKFLOW } from '../src/card-workflow.ts';
import { CERTIFICATE_WORKFLOW } from '../src/certificate-workflow.ts';
import {
  EVENT_WORKFLOW,
  LEAVE_WORKFLOW,
  PLACE_HOLDING_STATES,
  REGISTRATION_WORKFLOW,
} from '../src/event-workflow.ts';
import { DOCUMENT_WORKFLOW } from '../src/document-workflow.ts';
import { PROFILE_WORKFLOW } from '../src/profile-workflow.ts';
import { TICKET_WORKFLOW } from '../src/ticket-workflow.ts';
import { actionsFrom, canApply, isFinalState, targetOf, type Workflow } from '../src/workflow.ts';

const WORKFLOWS: [string, Workflow<string, string, string>][] = [
  ['profile', PROFILE_WORKFLOW],
  ['card application', CARD_APPLICATION_WORKFLOW],
  ['certificate application', CERTIFICATE_WORKFLOW],
  ['ticket', TICKET_WORKFLOW],
  ['event', EVENT_WORKFLOW],
  ['event registration', REGISTRATION_WORKFLOW],
  ['leave request', LEAVE_WORKFLOW],
  ['official document', DOCUMENT_WORKFLOW],
];

/** The states reachable from the first one (where every record starts). */
function reachable(workflow: Workflow<string, string, string>): Set<string> {
  const seen = new Set([workflow.states[0]!]);
  const queue = [workflow.states[0]!];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const action of actionsFrom(workflow, state)) {
      const next = targetOf(workflow, action, state);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe.each(WORKFLOWS)('the %s workflow table', (_, workflow) => {
  it('names only its own states, each with a label and a colour', () => {
    for (const state of workflow.states) {
      expect(workflow.labels[state]).toMatch(/\S/);
      expect(workflow.colors[state]).toMatch(/\S/);
    }
    expect(Object.keys(workflow.labels).sort()).toEqual([...workflow.states].sort());
    expect(Object.keys(workflow.colors).sort()).toEqual([...workflow.states].sort());
    for (const transition of Object.values(workflow.transitions)) {
      expect(transition.from.length).toBeGreaterThan(0);
      for (const state of [...transition.from, transition.to]) {
        expect(workflow.states).toContain(state);
      }
      for (const state of transition.stays ?? []) expect(transition.from).toContain(state);
      expect(transition.label).toMatch(/\S/);
    }
  });

  it('reaches every state from the first one', () => {
    expect([...reachable(workflow)].sort()).toEqual([...workflow.states].sort());
  });

  it('labels each action differently, so a button says which one it is', () => {
    const labels = Object.values(workflow.transitions).map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('certificate applications (SPEC §2.8)', () => {
  const from = (action: keyof typeof CERTIFICATE_WORKFLOW.transitions) =>
    CERTIFICATE_WORKFLOW.states.filter((s) => canApply(CERTIFICATE_WORKFLOW, action, s));

  it('may be withdrawn by the applicant only while pending', () => {
    expect(from('withdraw')).toEqual(['PENDING']);
    expect(CERTIFICATE_WORKFLOW.transitions.withdraw).toMatchObject({
      by: 'applicant',
      to: 'WITHDRAWN',
    });
  });

  it('are approved or rejected by a reviewer, or issued by the system, only while pending', () => {
    expect(actionsFrom(CERTIFICATE_WORKFLOW, 'PENDING', 'reviewer')).toEqual(['approve', 'reject']);
    expect(actionsFrom(CERTIFICATE_WORKFLOW, 'PENDING', 'system')).toEqual(['issue']);
    expect(CERTIFICATE_WORKFLOW.transitions.issue.to).toBe('APPROVED');
    for (const state of ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(isFinalState(CERTIFICATE_WORKFLOW, state)).toBe(true);
    }
  });
});

describe('tickets (SPEC §2.2)', () => {
  const from = (action: keyof typeof TICKET_WORKFLOW.transitions) =>
    TICKET_WORKFLOW.states.filter((s) => canApply(TICKET_WORKFLOW, action, s));

  it('may be cancelled by the member while not closed, and then nothing more happens', () => {
    expect(from('cancel')).toEqual(['OPEN', 'IN_PROGRESS', 'ANSWERED']);
    expect(TICKET_WORKFLOW.transitions.cancel.by).toBe('member');
    expect(isFinalState(TICKET_WORKFLOW, 'CLOSED')).toBe(true);
    expect(isFinalState(TICKET_WORKFLOW, 'CANCELLED')).toBe(true);
    expect(isFinalState(TICKET_WORKFLOW, 'ANSWERED')).toBe(false);
  });

  it('are closed by the member once someone has taken them up, by the desk at any time', () => {
    expect(from('close')).toEqual(['IN_PROGRESS', 'ANSWERED']);
    expect(from('resolve')).toEqual(['OPEN', 'IN_PROGRESS', 'ANSWERED']);
    expect(actionsFrom(TICKET_WORKFLOW, 'OPEN', 'member')).toEqual(['followUp', 'cancel']);
    expect(actionsFrom(TICKET_WORKFLOW, 'OPEN', 'staff')).toEqual(['assign', 'reply', 'resolve']);
  });

  it('stay 已回复 when taken over, and 待处理 when the member adds to one nobody has yet', () => {
    expect(targetOf(TICKET_WORKFLOW, 'assign', 'OPEN')).toBe('IN_PROGRESS');
    expect(targetOf(TICKET_WORKFLOW, 'assign', 'ANSWERED')).toBe('ANSWERED');
    expect(targetOf(TICKET_WORKFLOW, 'followUp', 'OPEN')).toBe('OPEN');
    expect(targetOf(TICKET_WORKFLOW, 'followUp', 'ANSWERED')).toBe('IN_PROGRESS');
    expect(targetOf(TICKET_WORKFLOW, 'reply', 'IN_PROGRESS')).toBe('ANSWERED');
  });
});

describe('card applications (SPEC §2.7) and profiles', () => {
  it('are cancelled by the applicant only while pending or rejected', () => {
    expect(
      CARD_APPLICATION_WORKFLOW.states.filter((s) =>
        canApply(CARD_APPLICATION_WORKFLOW, 'cancel', s),
      ),
    ).toEqual(['PENDING', 'REJECTED']);
    expect(actionsFrom(CARD_APPLICATION_WORKFLOW, 'REJECTED', 'applicant')).toEqual(['cancel']);
  });

  it('a profile is withdrawn by the lawyer only while under review', () => {
    expect(
      PROFILE_WORKFLOW.states.filter((s) => canApply(PROFILE_WORKFLOW, 'withdraw', s)),
    ).toEqual(['SUBMITTED']);
    expect(actionsFrom(PROFILE_WORKFLOW, 'SUBMITTED', 'reviewer')).toEqual(['approve', 'reject']);
  });
});

describe('the event tables follow SPEC §2.4', () => {
  it('a member cancels a place or a waitlist entry, never an attended or no-show one', () => {
    const from = REGISTRATION_WORKFLOW.transitions.cancel.from;
    expect(from).toEqual(['REGISTERED', 'WAITLISTED']);
    expect(REGISTRATION_WORKFLOW.transitions.cancel.by).toBe('member');
  });
  it('only an offer is accepted, and a leave does not give up the place', () => {
    expect(actionsFrom(REGISTRATION_WORKFLOW, 'OFFERED', 'member')).toEqual(['accept', 'decline']);
    expect(PLACE_HOLDING_STATES).toContain('ON_LEAVE');
    expect(PLACE_HOLDING_STATES).toContain('OFFERED');
    expect(PLACE_HOLDING_STATES).not.toContain('WAITLISTED');
  });
  it('attendance is closed once, on a published event; a finished event cannot be cancelled', () => {
    expect(canApply(EVENT_WORKFLOW, 'closeAttendance', 'PUBLISHED')).toBe(true);
    expect(canApply(EVENT_WORKFLOW, 'closeAttendance', 'FINISHED')).toBe(false);
    expect(canApply(EVENT_WORKFLOW, 'cancel', 'FINISHED')).toBe(false);
    expect(targetOf(EVENT_WORKFLOW, 'edit', 'PUBLISHED')).toBe('PUBLISHED');
  });
});

describe('the official document workflow (SPEC §2.6)', () => {
  it('edits and publishes only a draft, and withdraws only a published document', () => {
    expect(canApply(DOCUMENT_WORKFLOW, 'edit', 'DRAFT')).toBe(true);
    expect(canApply(DOCUMENT_WORKFLOW, 'edit', 'PUBLISHED')).toBe(false);
    expect(canApply(DOCUMENT_WORKFLOW, 'publish', 'DRAFT')).toBe(true);
    expect(canApply(DOCUMENT_WORKFLOW, 'publish', 'WITHDRAWN')).toBe(false);
    expect(canApply(DOCUMENT_WORKFLOW, 'withdraw', 'PUBLISHED')).toBe(true);
    expect(canApply(DOCUMENT_WORKFLOW, 'withdraw', 'DRAFT')).toBe(false);
    expect(isFinalState(DOCUMENT_WORKFLOW, 'WITHDRAWN')).toBe(true);
  });
});
