import { Card, Descriptions } from 'antd';
import type { RegistrationCounts } from '@lx/shared/event-schemas';
import { REGISTRATION_STATES } from '@lx/shared/event-workflow';
import { RegistrationStateTag } from '@lx/ui/state-tags';

/** How many registrations are in each state (报名, 候补, 请假, 签到, 缺席…). */
export function RegistrationCountsCard({ counts }: { counts: RegistrationCounts }) {
  return (
    <Card title="报名统计">
      <Descriptions
        size="small"
        column={1}
        items={REGISTRATION_STATES.map((state) => ({
          key: state,
          label: <RegistrationStateTag state={state} />,
          children: `${counts[state] ?? 0} 人`,
        }))}
      />
    </Card>
  );
}
