import { Tag } from 'antd';
import {
  CARD_APPLICATION_WORKFLOW,
  CARD_STATE_COLORS,
  CARD_STATE_LABELS,
  type CardApplicationState,
  type CardState,
} from '@lx/shared/card-workflow';
import { CERTIFICATE_WORKFLOW, type CertificateState } from '@lx/shared/certificate-workflow';
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
