import { Card } from 'antd';
import { useParams } from 'react-router';
import { useCurrentAccount } from '@lx/ui/current-account';
import { BackLink, RecordPage } from '@/components/record-page-state';
import { paths } from '@/config/paths';
import { useTrainingSummary } from '../api/get-training-summary';
import { LawyerTrainingYear } from '../components/lawyer-training-year';
import { TrainingToolbar } from '../components/training-toolbar';
import { useTrainingParams } from '../components/use-training-params';

/** One lawyer's year as their firm or office sees it from 本所律师学时 (or the lawyer themself). */
export function LawyerTrainingPage() {
  const { lawyerId = '' } = useParams();
  const account = useCurrentAccount();
  const { year, page, years, setYear, setPage } = useTrainingParams();
  const target = { year, lawyerId };
  const summary = useTrainingSummary(target);
  const back = {
    to: paths.training.getHref({ year }),
    label: account.kind === 'ORGANISATION' ? '返回本所律师学时' : '返回培训记录',
  };
  return (
    <RecordPage
      query={summary}
      back={back}
      missing={{
        title: '未找到该律师的培训记录',
        subTitle: '该律师不在本所执业律师名单中，请从“本所律师学时”页面进入。',
      }}
    >
      {({ lawyer }) => (
        <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{`${lawyer.name}的培训记录`}</h1>}>
          <title>{`${lawyer.name}的培训记录 - 律协会员服务平台`}</title>
          <div style={{ marginBottom: 12 }}>
            <BackLink {...back} />
          </div>
          <TrainingToolbar year={year} years={years} onYearChange={setYear} statement={target} />
          <LawyerTrainingYear target={target} page={page} onPageChange={setPage} />
        </Card>
      )}
    </RecordPage>
  );
}
