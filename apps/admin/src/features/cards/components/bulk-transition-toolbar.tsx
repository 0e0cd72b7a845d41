import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import type { ForwardCardAction } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_WORKFLOW, CARD_APPLICATION_STATE_LABELS } from '@lx/shared/card-workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useBulkTransitionCardApplications } from '../api/bulk-transition-card-applications';

type Props = {
  step: ForwardCardAction;
  selectedIds: string[];
  /** After a successful move: the selection is cleared. */
  onDone: () => void;
};

/** 批量受理 … 批量领取: the tab's forward step for the ticked applications, after a confirmation. */
export function BulkTransitionToolbar({ step, selectedIds, onDone }: Props) {
  const { message } = App.useApp();
  const bulk = useBulkTransitionCardApplications();
  const { label, to } = CARD_APPLICATION_WORKFLOW.transitions[step];
  const count = selectedIds.length;

  const onConfirm = async () => {
    try {
      const { moved } = await bulk.mutateAsync({ action: step, ids: selectedIds });
      void message.success(`已办理 ${moved} 份申请`);
      onDone();
    } catch (error) {
      // 409: some applications moved on meanwhile; the queue is reloaded and nothing was changed.
      void message.error(errorMessage(error));
    }
  };

  return (
    <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
      <Popconfirm
        title={`确定将选中的 ${count} 份申请标记为${CARD_APPLICATION_STATE_LABELS[to]}吗？`}
        okText="确定"
        cancelText="取消"
        disabled={count === 0}
        onConfirm={onConfirm}
      >
        {/* The confirmation's 确定 shows the progress: the button keeps its plain name. */}
        <Button type="primary" disabled={count === 0 || bulk.isPending}>
          {`批量${label}`}
        </Button>
      </Popconfirm>
      <Typography.Text type="secondary">
        {count > 0 ? `已选择 ${count} 份申请` : '勾选申请后可批量办理'}
      </Typography.Text>
    </Flex>
  );
}
