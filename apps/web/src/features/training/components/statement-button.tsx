import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { trainingStatementUrl } from '../api/training-statement';
import type { TrainingTarget } from '../api/get-training-summary';

/** 下载学时证明: the year's PDF, saved under the name the API gives it. */
export function StatementButton(target: TrainingTarget) {
  return (
    <Button icon={<DownloadOutlined aria-hidden />} href={trainingStatementUrl(target)} download>
      下载学时证明
    </Button>
  );
}
