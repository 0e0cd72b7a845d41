import { TRAINING_IMPORT_COLUMNS as C } from '@lx/shared/training-schemas';
import { tableTemplate } from '../../lib/table-import.ts';

/** 下载模板: the header row the training import reads, and one example row. */
export function trainingImportTemplate(): Promise<{ bytes: Buffer; filename: string }> {
  return tableTemplate({
    sheet: '培训记录',
    filename: '培训记录导入模板.xlsx',
    columns: Object.values(C),
    wide: [C.title, C.organiser],
    example: [
      '14419202012110026',
      '',
      '邓立新',
      '2026-03-05',
      '民法典合同编专题讲座',
      '东江市律师协会',
      '现场培训',
      '3',
    ],
  });
}
