import { Flex, Select } from 'antd';
import { useId } from 'react';
import { reportYearOptions } from './report-year';

/** 年度: the training year a ledger or report shows, labelled for screen readers and tests. */
export function ReportYearSelect({
  value,
  onChange,
}: {
  value: number;
  onChange: (year: number) => void;
}) {
  const id = useId();
  return (
    <Flex align="center" gap={8}>
      <label htmlFor={id}>年度</label>
      <Select<number>
        id={id}
        value={value}
        options={reportYearOptions(value)}
        onChange={onChange}
        style={{ width: 130 }}
      />
    </Flex>
  );
}
