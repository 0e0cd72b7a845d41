import { Tag } from 'antd';
import { PROFILE_STATE_LABELS, type ProfileState } from '@lx/shared/profile-workflow';

const STATE_COLORS: Record<ProfileState, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  APPROVED: 'green',
  REJECTED: 'red',
};

/** 档案状态: where the lawyer's own profile stands. */
export function ProfileStateTag({ state }: { state: ProfileState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {PROFILE_STATE_LABELS[state]}
    </Tag>
  );
}
