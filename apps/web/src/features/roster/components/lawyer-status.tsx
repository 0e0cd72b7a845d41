import { Tag } from 'antd';
import { formatDate } from '@lx/shared/dates';
import type { RosterEntry } from '@lx/shared/roster-schemas';

/** 执业中, or 已离所 with the day the firm recorded. */
export function LawyerStatus({ lawyer }: { lawyer: RosterEntry }) {
  if (lawyer.status === 'PRACTISING') {
    return (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        执业中
      </Tag>
    );
  }
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag style={{ marginInlineEnd: 4 }}>已离所</Tag>
      {lawyer.leftAt ? formatDate(lawyer.leftAt) : null}
    </span>
  );
}
