import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Grid, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { RosterEntry } from '@lx/shared/roster-schemas';
import { useCurrentAccount } from '@lx/ui/current-account';
import { errorMessage } from '@lx/ui/error-message';
import { useRoster } from '../api/get-roster';
import { AddLawyerModal } from '../components/add-lawyer-modal';
import { RecordDepartureModal } from '../components/record-departure-modal';
import { RosterCards } from '../components/roster-cards';
import { RosterTable } from '../components/roster-table';
import { RosterTransfers } from '../components/roster-transfers';

const ROSTER_HINT =
  '缺少律师请点击“添加律师”；如提示身份证号或执业证号已存在，请提交工单并上传该律师的执业证扫描件。';

/** 律师列表: a firm's (or office's) lawyers; it adds new ones and records who left. */
export function RosterPage() {
  const account = useCurrentAccount();
  if (account.kind !== 'ORGANISATION') {
    return (
      <Card>
        <title>律师列表 - 律协会员服务平台</title>
        <Result status="403" title="无权访问" subTitle="律师列表仅供律师事务所等执业机构使用。" />
      </Card>
    );
  }
  return <OrganisationRoster />;
}

function OrganisationRoster() {
  const screens = Grid.useBreakpoint();
  const phone = screens.md !== true;
  const roster = useRoster();
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<RosterEntry | null>(null);
  const lawyers = roster.data?.lawyers ?? [];
  const practising = lawyers.filter((lawyer) => lawyer.status === 'PRACTISING').length;

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>律师列表</h1>}
      extra={
        <Button
          type="primary"
          icon={<UserAddOutlined aria-hidden />}
          onClick={() => setAdding(true)}
        >
          添加律师
        </Button>
      }
    >
      <title>律师列表 - 律协会员服务平台</title>
      {roster.data ? (
        <Typography.Paragraph type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {`${roster.data.organisationName}：执业中 ${practising} 人。`}
          {ROSTER_HINT}
        </Typography.Paragraph>
      ) : null}
      {roster.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(roster.error)}
          action={<Button onClick={() => void roster.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {phone ? (
        <>
          {roster.isPending ? <Skeleton active /> : null}
          {roster.data && lawyers.length === 0 ? <Empty description="暂无律师" /> : null}
          {lawyers.length > 0 ? (
            <RosterCards lawyers={lawyers} onRecordDeparture={setLeaving} />
          ) : null}
        </>
      ) : (
        <RosterTable lawyers={lawyers} loading={roster.isFetching} onRecordDeparture={setLeaving} />
      )}
      <RosterTransfers transfers={roster.data?.transfers ?? []} />
      <AddLawyerModal open={adding} onClose={() => setAdding(false)} />
      <RecordDepartureModal lawyer={leaving} onClose={() => setLeaving(null)} />
    </Card>
  );
}
