import { trainingBasePath, type TrainingTarget } from './get-training-summary';

/** 学时证明: the year's PDF, a plain download (the API names the file 学时证明-<year>-<name>.pdf). */
export function trainingStatementUrl({ year, lawyerId }: TrainingTarget): string {
  return `${trainingBasePath(lawyerId)}/statement.pdf?year=${year}`;
}
