import { Tag } from 'antd';
import {
  CARD_APPLICATION_WORKFLOW,
  CARD_STATE_COLORS,
  CARD_STATE_LABELS,
  type CardApplicationState,
  type CardState,
} from '@lx/shared/card-workflow';
import { CERTIFICATE_WORKFLOW, type CertificateState } from '@lx/shared/certificate-workflow';
import { DOCUMENT_WORKFLOW, type DocumentState } from '@lx/shared/document-workflow';
import {
  EVENT_WORKFLOW,
  LEAVE_WORKFLOW,
  REGISTRATION_WORKFLOW,
  type EventState,
  type LeaveState,
  type RegistrationState,
} from '@lx/shared/event-workflow';
import { PROFILE_WORKFLOW, type ProfileState } from '@lx/shared/profile-workflow';
import { TICKET_WORKFLOW, type TicketState } from '@lx/shared/ticket-workflow';
import type { StateColor } from '@lx/shared/workflow';

type StateLook<S extends string> = {
  labels: Readonly<Record<S, string>>;
  colors: Readonly<Record<S, StateColor>>;
};

/**
 * A record's state as a tag, its text and colour from the workflow table, so a state looks the
 * same in both apps. Surrounding layouts space tags with a gap, hence no trailing margin.
 */
export function WorkflowStateTag<S extends string>({
  workflow,
  state,
}: {
  workflow: StateLook<S>;
  state: S;
}) {
  return (
    <Tag color={workflow.colors[state]} style={{ marginInlineEnd: 0 }}>
      {workflow.labels[state]}
    </Tag>
  );
}

/** 档案状态: 未提交 / 审核中 / 已通过 / 已驳回. */
export function ProfileStateTag({ state }: { state: ProfileState }) {
  return <WorkflowStateTag workflow={PROFILE_WORKFLOW} state={state} />;
}

export function CardApplicationStateTag({ state }: { state: CardApplicationState }) {
  return <WorkflowStateTag workflow={CARD_APPLICATION_WORKFLOW} state={state} />;
}

const CARD_LOOK: StateLook<CardState> = { labels: CARD_STATE_LABELS, colors: CARD_STATE_COLORS };

/** 正常 / 已挂失 / 已作废 of an issued card. */
export function CardStateTag({ state }: { state: CardState }) {
  return <WorkflowStateTag workflow={CARD_LOOK} state={state} />;
}

export function CertificateStateTag({ state }: { state: CertificateState }) {
  return <WorkflowStateTag workflow={CERTIFICATE_WORKFLOW} state={state} />;
}

export function TicketStateTag({ state }: { state: TicketState }) {
  return <WorkflowStateTag workflow={TICKET_WORKFLOW} state={state} />;
}

/** 草稿 / 已发布 / 已结束 / 已取消 of an event. */
export function EventStateTag({ state }: { state: EventState }) {
  return <WorkflowStateTag workflow={EVENT_WORKFLOW} state={state} />;
}

/** 已报名 / 候补中 / 已签到 … of one registration for an event. */
export function RegistrationStateTag({ state }: { state: RegistrationState }) {
  return <WorkflowStateTag workflow={REGISTRATION_WORKFLOW} state={state} />;
}

/** 待审核 / 已批准 / 已驳回 of a leave request (请假). */
export function LeaveStateTag({ state }: { state: LeaveState }) {
  return <WorkflowStateTag workflow={LEAVE_WORKFLOW} state={state} />;
}

/** 草稿 / 已发布 / 已撤回 of an official document (公文). */
export function DocumentStateTag({ state }: { state: DocumentState }) {
  return <WorkflowStateTag workflow={DOCUMENT_WORKFLOW} state={state} />;
}
