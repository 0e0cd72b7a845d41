import ExcelJS from 'exceljs';
import { TRAINING_IMPORT_COLUMNS as C } from '@lx/shared/training-schemas';

/** 下载模板: the header row the import reads, and one example row. */
export async function trainingImportTemplate(): Promise<{ bytes: Buffer; filename: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('培训记录');
  sheet.columns = Object.values(C).map((header) => ({
    header,
    width: header === C.title || header === C.organiser ? 30 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([
    '14419202012110026',
    '',
    '邓立新',
    '2026-03-05',
    '民法典合同编专题讲座',
    '东江市律师协会',
    '现场培训',
    '3',
  ]);
  // Every cell text: a licence number must not turn into 1.44E+16.
  sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, filename: '培训记录导入模板.xlsx' };
}
