import { cardTransitionSchema, type CardTransitionInput } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_WORKFLOW } from '@lx/shared/card-workflow';
import { z } from 'zod';
import { ReasonModal } from '@/components/reason-modal';
import { useTransitionCardApplication } from '../api/transition-card-application';

// The form asks only for the reason (`comment`); the action is always 驳回.
const rejectSchema = z.preprocess(
  (raw) => ({ ...(raw as Record<string, unknown>), action: 'reject' }),
  cardTransitionSchema,
);

type Props = { applicationId: string; applicationNumber: string; onClose: () => void };

/** 驳回申请: the reason is required and shown to the lawyer, who may then cancel and apply again. */
export function RejectCardApplicationModal({ applicationId, applicationNumber, onClose }: Props) {
  const transition = useTransitionCardApplication();
  return (
    <ReasonModal
      name="card-application-reject"
      title="驳回申请"
      okText="确认驳回"
      field={{
        label: '驳回原因',
        name: 'comment',
        extra: `申请 ${applicationNumber} 将被驳回，律师将看到这段原因。`,
        placeholder: '如：证件照片不清晰，请撤消后重新申请',
        maxLength: 200,
      }}
      schema={rejectSchema}
      pending={transition.isPending}
      onSubmit={(input: CardTransitionInput) =>
        transition.mutateAsync({ id: applicationId, ...input })
      }
      successMessage={`已${CARD_APPLICATION_WORKFLOW.transitions.reject.label}`}
      onClose={onClose}
    />
  );
}
