import { Flex } from 'antd';
import type { TrainingTarget } from '../api/get-training-summary';
import { StatementButton } from './statement-button';
import { YearSelect } from './year-select';

type TrainingToolbarProps = {
  year: number;
  years: number[];
  onYearChange: (year: number) => void;
  /** Whose 学时证明 the page offers; none on 本所律师学时. */
  statement?: TrainingTarget;
};

/** The year picker, and 下载学时证明 for the year shown. */
export function TrainingToolbar({ year, years, onYearChange, statement }: TrainingToolbarProps) {
  return (
    <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 16 }}>
      <YearSelect value={year} years={years} onChange={onYearChange} />
      {statement ? <StatementButton {...statement} /> : null}
    </Flex>
  );
}
