import { Button, Card, Flex, Typography } from 'antd';
import {
  GENDER_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import type { RosterEntry } from '@lx/shared/roster-schemas';
import { LawyerStatus } from './lawyer-status';
import { ProfileStateTag } from '@lx/ui/state-tags';

type RosterCardsProps = {
  lawyers: RosterEntry[];
  onRecordDeparture: (lawyer: RosterEntry) => void;
};

/** 律师列表 (phones), one card each. */
export function RosterCards({ lawyers, onRecordDeparture }: RosterCardsProps) {
  return (
    <Flex vertical gap={12} role="list" aria-label="律师列表">
      {lawyers.map((lawyer) => (
        <div role="listitem" key={lawyer.id}>
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 4 }}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                {lawyer.name}（{GENDER_LABELS[lawyer.gender]}）
              </Typography.Text>
              <LawyerStatus lawyer={lawyer} />
            </Flex>
            <Flex vertical gap={2} style={{ fontSize: 13, marginBottom: 8 }}>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                执业证号：{lawyer.licenceNo ?? '—'}
              </Typography.Text>
              <Typography.Text type="secondary">会员编号：{lawyer.memberNo}</Typography.Text>
              <Typography.Text type="secondary">
                执业类别：{PRACTICE_CATEGORY_LABELS[lawyer.practiceCategory]} · 所内身份：
                {ORGANISATION_ROLE_LABELS[lawyer.organisationRole]}
              </Typography.Text>
              <span>
                <Typography.Text type="secondary">档案状态：</Typography.Text>
                <ProfileStateTag state={lawyer.profileState} />
              </span>
            </Flex>
            {lawyer.status === 'PRACTISING' ? (
              <Button size="small" onClick={() => onRecordDeparture(lawyer)}>
                登记离所
              </Button>
            ) : null}
          </Card>
        </div>
      ))}
    </Flex>
  );
}
