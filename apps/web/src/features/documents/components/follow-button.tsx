import { StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useId } from 'react';
import type { MemberDocument } from '@lx/shared/document-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useSetFollowing } from '../api/follow-document';

export const FOLLOW_HINT = '关注后，有新的反馈时将通过短信和站内消息通知您';

/** 关注 / 取消关注, with what following means written beside it. */
export function FollowButton({ document }: { document: Pick<MemberDocument, 'id' | 'following'> }) {
  const { message } = App.useApp();
  const setFollowing = useSetFollowing(document.id);
  const hintId = useId();
  const following = document.following;

  const toggle = async () => {
    try {
      const result = await setFollowing.mutateAsync(!following);
      void message.success(result.following ? '已关注' : '已取消关注');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Flex wrap gap={8} align="center" style={{ minWidth: 0 }}>
      <Button
        type={following ? 'default' : 'primary'}
        icon={following ? <StarFilled aria-hidden /> : <StarOutlined aria-hidden />}
        loading={setFollowing.isPending}
        aria-describedby={hintId}
        onClick={() => void toggle()}
      >
        {following ? '取消关注' : '关注'}
      </Button>
      <Typography.Text id={hintId} type="secondary" style={{ fontSize: 12 }}>
        {FOLLOW_HINT}
      </Typography.Text>
    </Flex>
  );
}
