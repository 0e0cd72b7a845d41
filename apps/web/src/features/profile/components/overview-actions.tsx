import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import type { ProfileOverview } from '@lx/shared/profile-schemas';
import { PROFILE_WORKFLOW, type ProfileState } from '@lx/shared/profile-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useSubmitProfile } from '../api/submit-profile';
import { useWithdrawProfile } from '../api/withdraw-profile';

const REGISTRATION_FORM_URL = '/api/profile/registration-form.pdf';
const INCOMPLETE_HINT_ID = 'profile-submit-incomplete';

/** The mark printed on the registration form until it is approved. */
const PRINT_SUFFIX: Record<ProfileState, string> = {
  DRAFT: '（尚未提交审核）',
  REJECTED: '（尚未提交审核）',
  SUBMITTED: '（材料审核中）',
  APPROVED: '',
};

/** 正式提交审核, 撤回信息补全申请 and printing the registration form. */
export function OverviewActions({ overview }: { overview: ProfileOverview }) {
  const { message } = App.useApp();
  const submit = useSubmitProfile();
  const withdraw = useWithdrawProfile();
  const canSubmit = canApply(PROFILE_WORKFLOW, 'submit', overview.state);
  const canWithdraw = canApply(PROFILE_WORKFLOW, 'withdraw', overview.state);

  const onSubmit = async () => {
    try {
      await submit.mutateAsync({ version: overview.version });
      void message.success('已正式提交审核，请等待审核结果');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const onWithdraw = async () => {
    try {
      await withdraw.mutateAsync({ version: overview.version });
      void message.success('已撤回信息补全申请，可继续补全后重新提交');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Flex wrap gap={12} align="center">
      {canSubmit ? (
        <Flex wrap gap={4} align="center">
          <Button
            type="primary"
            disabled={!overview.complete}
            loading={submit.isPending}
            aria-describedby={overview.complete ? undefined : INCOMPLETE_HINT_ID}
            onClick={() => void onSubmit()}
          >
            正式提交审核
          </Button>
          {overview.complete ? null : (
            <Typography.Text type="danger" id={INCOMPLETE_HINT_ID}>
              （有内容未填报）
            </Typography.Text>
          )}
        </Flex>
      ) : null}
      {canWithdraw ? (
        <Popconfirm
          title="确定撤回信息补全申请吗？"
          description="撤回后可继续修改，修改完成后须重新正式提交审核。"
          onConfirm={onWithdraw}
        >
          <Button danger loading={withdraw.isPending}>
            撤回信息补全申请
          </Button>
        </Popconfirm>
      ) : null}
      <Button
        type="link"
        icon={<PrinterOutlined aria-hidden />}
        href={REGISTRATION_FORM_URL}
        target="_blank"
        rel="noopener"
        style={{
          whiteSpace: 'normal',
          height: 'auto',
          textAlign: 'start',
          paddingLeft: 0,
          paddingRight: 0,
        }}
      >
        打印《律师基本信息登记表》{PRINT_SUFFIX[overview.state]}
      </Button>
    </Flex>
  );
}
