import { Tag } from 'antd';
import { PROFILE_STATE_LABELS, type ProfileState } from '@lx/shared/profile-workflow';

export const PROFILE_STATE_COLORS: Record<ProfileState, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
};

export function ProfileStateTag({ state }: { state: ProfileState }) {
  return <Tag color={PROFILE_STATE_COLORS[state]}>{PROFILE_STATE_LABELS[state]}</Tag>;
}
