import { Card, Result, Typography } from 'antd';
import { useCurrentAccount } from '@lx/ui/current-account';
import { LawyerTrainingYear } from '../components/lawyer-training-year';
import { RosterTraining } from '../components/roster-training';
import { TrainingToolbar } from '../components/training-toolbar';
import { useTrainingParams } from '../components/use-training-params';

/** 培训记录: a lawyer's own year; for a firm or office, its lawyers' years (本所律师学时). */
export function TrainingPage() {
  const account = useCurrentAccount();
  if (account.kind === 'LAWYER') return <OwnTraining />;
  if (account.kind === 'ORGANISATION') return <RosterTraining />;
  return (
    <Card>
      <title>培训记录 - 律协会员服务平台</title>
      <Result status="403" title="无权访问" subTitle="培训记录仅供律师和执业机构查看。" />
    </Card>
  );
}

function OwnTraining() {
  const { year, page, years, setYear, setPage } = useTrainingParams();
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>培训记录</h1>}>
      <title>培训记录 - 律协会员服务平台</title>
      <Typography.Paragraph type="secondary">
        本页显示您每年度参加培训的学时及达标情况，可下载当年度的学时证明。
      </Typography.Paragraph>
      <TrainingToolbar year={year} years={years} onYearChange={setYear} statement={{ year }} />
      <LawyerTrainingYear target={{ year }} page={page} onPageChange={setPage} />
    </Card>
  );
}
