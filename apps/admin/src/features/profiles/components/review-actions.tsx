import { CheckOutlined, CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { ProfileDetail } from '@lx/shared/profile-schemas';
import { PROFILE_WORKFLOW } from '@lx/shared/profile-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useState } from 'react';
import { useApproveProfile } from '../api/approve-profile';
import { profileFileUrl } from '../api/get-profile-detail';
import { RejectProfileModal } from './reject-profile-modal';

/** 打印登记表 always; 审核通过 and 驳回 while the profile waits for review. */
export function ReviewActions({ detail }: { detail: ProfileDetail }) {
  const { message } = App.useApp();
  const approve = useApproveProfile();
  const [rejecting, setRejecting] = useState(false);
  const { state, version } = detail.overview;
  const name = detail.basic.practiceRecord.name;

  const onApprove = async () => {
    try {
      await approve.mutateAsync({ id: detail.id, version });
      void message.success('已审核通过');
    } catch (error) {
      // 409: another reviewer decided first or the profile changed; the page reloads it.
      void message.error(errorMessage(error));
    }
  };

  return (
    <>
      <Space wrap>
        <Button
          icon={<PrinterOutlined />}
          href={profileFileUrl(detail.id, 'registration-form.pdf')}
          target="_blank"
          rel="noopener noreferrer"
        >
          打印登记表
        </Button>
        {canApply(PROFILE_WORKFLOW, 'reject', state) ? (
          <Button danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
            驳回
          </Button>
        ) : null}
        {canApply(PROFILE_WORKFLOW, 'approve', state) ? (
          <Popconfirm
            title="确认审核通过？"
            description="通过后档案生效，律师之后的修改须通过信息变更。"
            okText="确定"
            cancelText="取消"
            onConfirm={onApprove}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending}>
              审核通过
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      {rejecting ? (
        <RejectProfileModal
          profileId={detail.id}
          version={version}
          lawyerName={name}
          onClose={() => setRejecting(false)}
        />
      ) : null}
    </>
  );
}
