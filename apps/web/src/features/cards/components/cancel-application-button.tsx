import { App, Button, Popconfirm } from 'antd';
import { errorMessage } from '@lx/ui/error-message';
import { useCancelCardApplication } from '../api/cancel-card-application';

type CancelApplicationButtonProps = {
  id: string;
  /** 撤消 in a list, 撤消申请 on the application's page. */
  label: string;
  size?: 'small' | 'middle';
  type?: 'link' | 'default';
};

/**
 * 撤消 after a confirmation. Once an officer has accepted the application the server refuses
 * (409): its message is shown and the lists are refetched, which hides the button.
 */
export function CancelApplicationButton({
  id,
  label,
  size,
  type = 'default',
}: CancelApplicationButtonProps) {
  const { message } = App.useApp();
  const cancel = useCancelCardApplication();

  const onConfirm = async () => {
    try {
      await cancel.mutateAsync(id);
      void message.success('已撤消');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Popconfirm title="确定撤消该会员卡申请吗？" onConfirm={onConfirm}>
      <Button
        type={type}
        size={size}
        danger
        loading={cancel.isPending}
        style={type === 'link' ? { paddingLeft: 0, paddingRight: 0 } : undefined}
      >
        {label}
      </Button>
    </Popconfirm>
  );
}
