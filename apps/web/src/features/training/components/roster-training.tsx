import { Alert, Button, Card, Empty, Grid, Skeleton, Typography } from 'antd';
import { errorMessage } from '@lx/ui/error-message';
import { ListPager } from '@/components/list-pager';
import { useRosterTraining } from '../api/get-roster-training';
import { RosterTrainingCards } from './roster-training-cards';
import { RosterTrainingTable } from './roster-training-table';
import { TrainingToolbar } from './training-toolbar';
import { useTrainingParams } from './use-training-params';

const PAGE_SIZE = 20;

/** 本所律师学时: a firm's or office's practising lawyers, each with their year. */
export function RosterTraining() {
  const { year, page, years, setYear, setPage } = useTrainingParams();
  const roster = useRosterTraining({ year, page, pageSize: PAGE_SIZE });
  const phone = Grid.useBreakpoint().md !== true;
  const data = roster.data;
  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>本所律师学时</h1>}>
      <title>本所律师学时 - 律协会员服务平台</title>
      <Typography.Paragraph type="secondary">
        本页显示本所执业律师当年度的培训学时及达标情况，点击“查看”可查看明细并下载学时证明。
      </Typography.Paragraph>
      <TrainingToolbar year={year} years={years} onYearChange={setYear} />
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
          {roster.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
          {data && data.items.length === 0 ? <Empty description="本所暂无执业律师" /> : null}
          {data && data.items.length > 0 ? (
            <RosterTrainingCards lawyers={data.items} year={year} />
          ) : null}
        </>
      ) : (
        <RosterTrainingTable lawyers={data?.items ?? []} year={year} loading={roster.isFetching} />
      )}
      <ListPager page={data} phone={phone} unit="人" onChange={setPage} />
    </Card>
  );
}
