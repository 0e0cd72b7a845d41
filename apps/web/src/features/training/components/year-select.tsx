import { Flex, Select } from 'antd';
import { useId } from 'react';

type YearSelectProps = { value: number; years: number[]; onChange: (year: number) => void };

/** 年度: the training year the page shows, newest first. */
export function YearSelect({ value, years, onChange }: YearSelectProps) {
  const id = useId();
  return (
    <Flex align="center" gap={8}>
      <label htmlFor={id}>年度</label>
      <Select<number>
        id={id}
        value={value}
        onChange={onChange}
        options={years.map((year) => ({ value: year, label: `${year} 年度` }))}
        style={{ width: 128 }}
      />
    </Flex>
  );
}
