import { readFile } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import ExcelJS from 'exceljs';
import {
  IMPORT_ERRORS_LISTED,
  TABLE_IMPORT_MAX_BYTES,
  TABLE_IMPORT_MAX_ROWS,
  type ImportReport,
  type ImportRowError,
} from '@lx/shared/table-import';
import { DomainError } from './domain-error.ts';
import { readSingleUpload, type FormFile } from './read-form.ts';

// Every import of a table works the same way (packages/shared/src/table-import.ts): the file is
// read here into rows of text keyed by the header's names; the import checks each row and answers
// a report (the dry run), or writes the valid rows in one transaction. Only the row checks and the
// write belong to each import.

/** One data row: its number as the spreadsheet shows it (header = 1) and its cells by header. */
export type TableRow = { row: number; cells: Record<string, string> };
export type Table = { filename: string; rows: TableRow[] };

const FIELD = 'file';
const refuse = (message: string) => new DomainError('VALIDATION', message, { [FIELD]: message });

/** The .xlsx or .csv of a multipart request (field `file`), checked by content like any upload. */
export function readTableUpload(request: FastifyRequest): Promise<FormFile> {
  return readSingleUpload(request, {
    field: FIELD,
    maxBytes: TABLE_IMPORT_MAX_BYTES,
    types: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
    label: '导入文件',
  });
}

/**
 * The rows of the file's first sheet (or the CSV), with the cells of the columns named in
 * `columns`; other columns are ignored. `required` are the columns the file must have (one of
 * each inner list: 执业证号 or 会员编号).
 */
export async function readTable(
  file: FormFile,
  columns: readonly string[],
  required: readonly (readonly string[])[],
): Promise<Table> {
  const grid = file.type === 'text/csv' ? await readCsv(file.path) : await readXlsx(file.path);
  const header = (grid[0] ?? []).map((h) => h.trim());
  const missing = required.filter((names) => !names.some((n) => header.includes(n)));
  if (missing.length > 0)
    throw refuse(
      `文件第 1 行应为列名，缺少：${missing.map((names) => names.join('或')).join('、')}`,
    );
  const at = new Map(columns.map((c) => [c, header.indexOf(c)] as const));
  const rows: TableRow[] = [];
  for (let i = 1; i < grid.length; i++) {
    const line = grid[i]!;
    if (line.every((cell) => cell.trim() === '')) continue;
    const cells: Record<string, string> = {};
    for (const [column, index] of at) cells[column] = index >= 0 ? (line[index] ?? '').trim() : '';
    rows.push({ row: i + 1, cells });
  }
  if (rows.length === 0) throw refuse('文件中没有数据行');
  if (rows.length > TABLE_IMPORT_MAX_ROWS)
    throw refuse(`一次最多导入 ${TABLE_IMPORT_MAX_ROWS} 行，请拆分文件`);
  return { filename: file.filename.slice(0, 200) || '导入文件', rows };
}

/** The report of a check: rows read, rows to import, rows already imported, the first errors. */
export function importReport(
  table: Table,
  errors: ImportRowError[],
  counts: { valid: number; alreadyImported: number },
): ImportReport {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return {
    filename: table.filename,
    rows: table.rows.length,
    valid: counts.valid,
    alreadyImported: counts.alreadyImported,
    errors: sorted.slice(0, IMPORT_ERRORS_LISTED),
    moreErrors: Math.max(0, sorted.length - IMPORT_ERRORS_LISTED),
  };
}

/**
 * 下载模板: an .xlsx with the header row an import reads and one example row, every cell text (a
 * licence number must not turn into 1.44E+16). `wide` columns get room for long text.
 */
export async function tableTemplate(options: {
  sheet: string;
  filename: string;
  columns: readonly string[];
  example: readonly string[];
  wide?: readonly string[];
}): Promise<{ bytes: Buffer; filename: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheet);
  sheet.columns = options.columns.map((header) => ({
    header,
    width: options.wide?.includes(header) ? 30 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([...options.example]);
  sheet.eachRow((row) => row.eachCell((cell) => (cell.numFmt = '@')));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, filename: options.filename };
}

// ——— reading the two formats ———

/** A date cell as yyyy-MM-dd: Excel keeps the calendar day as midnight UTC. */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw refuse('无法读取该 Excel 文件，请另存为 .xlsx 或 .csv 后重试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refuse('文件中没有工作表');
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based
    grid[n - 1] = values.slice(1).map(cellText);
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

/** UTF-8 (with or without BOM), else GB18030 — what Excel in China saves a CSV as. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: fields split by commas, quoted with "", quotes doubled, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readCsv(path: string): Promise<string[][]> {
  return parseCsv(decodeText(await readFile(path)));
}
