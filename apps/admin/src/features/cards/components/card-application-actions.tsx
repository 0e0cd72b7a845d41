import { CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import type { CardApplicationDetail } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_WORKFLOW } from '@lx/shared/card-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useState } from 'react';
import { cardApplicationFileUrl } from '../api/get-card-application';
import { useTransitionCardApplication } from '../api/transition-card-application';
import { forwardStepOf } from './card-workflow-steps';
import { RejectCardApplicationModal } from './reject-card-application-modal';

/** 打印申请单 always; 驳回 before production starts; the next step (受理 … 领取) while there is one. */
export function CardApplicationActions({ application }: { application: CardApplicationDetail }) {
  const { message } = App.useApp();
  const transition = useTransitionCardApplication();
  const [rejecting, setRejecting] = useState(false);
  const step = forwardStepOf(application.state);

  const onStep = async () => {
    if (!step) return;
    try {
      await transition.mutateAsync({ id: application.id, action: step });
      void message.success(`已${CARD_APPLICATION_WORKFLOW.transitions[step].label}`);
    } catch (error) {
      // 409: another officer moved the application on; the page reloads it.
      void message.error(errorMessage(error));
    }
  };

  return (
    <>
      <Space wrap>
        <Button
          icon={<PrinterOutlined />}
          href={cardApplicationFileUrl(application.id, 'form.pdf')}
          target="_blank"
          rel="noopener noreferrer"
        >
          打印申请单
        </Button>
        {canApply(CARD_APPLICATION_WORKFLOW, 'reject', application.state) ? (
          <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
            {CARD_APPLICATION_WORKFLOW.transitions.reject.label}
          </Button>
        ) : null}
        {step ? (
          // A new button per step: the label changes with the state, and no spinner of the step
          // just taken stays in the next one's accessible name.
          <Button key={step} type="primary" loading={transition.isPending} onClick={onStep}>
            {CARD_APPLICATION_WORKFLOW.transitions[step].label}
          </Button>
        ) : null}
      </Space>
      {rejecting ? (
        <RejectCardApplicationModal
          applicationId={application.id}
          applicationNumber={application.number}
          onClose={() => setRejecting(false)}
        />
      ) : null}
    </>
  );
}
