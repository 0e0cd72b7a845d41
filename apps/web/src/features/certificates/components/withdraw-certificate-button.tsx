import { App, Button, Popconfirm } from 'antd';
import { errorMessage } from '@lx/ui/error-message';
import { useWithdrawCertificate } from '../api/withdraw-certificate';

/**
 * 撤回申请 after a confirmation. Once staff have decided the server refuses (409): its message is
 * shown and the application is refetched, which hides the button.
 */
export function WithdrawCertificateButton({ id }: { id: string }) {
  const { message } = App.useApp();
  const withdraw = useWithdrawCertificate();

  const onConfirm = async () => {
    try {
      await withdraw.mutateAsync(id);
      void message.success('已撤回');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Popconfirm title="确定撤回该申请吗？" onConfirm={onConfirm}>
      <Button danger loading={withdraw.isPending}>
        撤回申请
      </Button>
    </Popconfirm>
  );
}
