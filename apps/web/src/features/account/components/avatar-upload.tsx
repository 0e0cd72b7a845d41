import { accountSettingsLabels } from '@lx/shared/labels';
import { UploadOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Flex, Typography, Upload } from 'antd';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { AVATAR_MAX_BYTES, megabytes } from '@lx/shared/upload-limits';
import { errorMessage } from '@lx/ui/error-message';
import { useAvatarUrl } from '@/lib/avatar';
import { avatarFileProblem, useUploadAvatar } from '../api/upload-avatar';

type AvatarUploadProps = { account: CurrentAccount; inputId: string };

export function AvatarUpload({ account, inputId }: AvatarUploadProps) {
  const { message } = App.useApp();
  const avatarUrl = useAvatarUrl(account);
  const uploadMutation = useUploadAvatar();

  const upload = async (file: File) => {
    const problem = await avatarFileProblem(file);
    if (problem) {
      void message.error(problem);
      return;
    }
    try {
      await uploadMutation.mutateAsync(file);
      void message.success('头像已更新');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Flex align="center" gap={16} wrap>
      <Avatar
        size={96}
        shape="square"
        src={avatarUrl}
        icon={<UserOutlined />}
        alt={accountSettingsLabels(account.kind).photo}
      />
      <div>
        <Upload
          id={inputId}
          accept="image/jpeg,image/png"
          showUploadList={false}
          disabled={uploadMutation.isPending}
          beforeUpload={(file) => {
            void upload(file);
            // The file goes through the API client (CSRF header, error messages), not antd's own request.
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploadMutation.isPending}>
            选择图片
          </Button>
        </Upload>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          支持 JPG、PNG 格式，大小不超过 {megabytes(AVATAR_MAX_BYTES)} MB。选择后立即上传。
        </Typography.Paragraph>
      </div>
    </Flex>
  );
}
