import { describe, expect, it } from 'vitest';
import { sniffFileType } from '../src/lib/file-type.ts';
import { parseCsv } from '../src/lib/table-import.ts';

describe('reading a CSV', () => {
  it('splits RFC 4180 fields: quotes, commas and line breaks inside them, doubled quotes', () => {
    expect(
      parseCsv('姓名,课程名称\r\n张三,"民法典,合同编"\r\n李四,"他说""好""\n第二行"\n王五,'),
    ).toEqual([
      ['姓名', '课程名称'],
      ['张三', '民法典,合同编'],
      ['李四', '他说"好"\n第二行'],
      ['王五', ''],
    ]);
  });

  it('is sniffed as text; a binary file is not', () => {
    expect(sniffFileType(Buffer.from('执业证号,姓名\n', 'utf8'))).toBe('text/csv');
    expect(sniffFileType(Buffer.from([0x00, 0x01, 0x02, 0x41]))).toBeNull();
  });
});
