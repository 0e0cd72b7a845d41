import { Card } from 'antd';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useEventSettings } from '../api/suspensions';
import { SuspensionRuleForm } from '../components/suspension-rule-form';

/** 缺席暂停规则: N no-shows within M months suspend online registration for K months. */
export function EventSettingsPage() {
  const settings = useEventSettings();
  return (
    <>
      <BackToQueue list={paths.eventSuspensions.path} label="返回缺席暂停" />
      <PageHeader title="缺席暂停规则">
        结束签到时，未签到且未请假的报名记为缺席；缺席达到以下规则的律师将被暂停网上报名。
      </PageHeader>
      {settings.isPending ? (
        <FullPageSpin />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Card>
          <SuspensionRuleForm rule={settings.data} />
        </Card>
      )}
    </>
  );
}
