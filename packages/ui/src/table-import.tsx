import { DownloadOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Table,
  Typography,
  Upload,
  type TableProps,
} from 'antd';
import {
  TABLE_IMPORT_ACCEPT,
  TABLE_IMPORT_MAX_BYTES,
  TABLE_IMPORT_MAX_ROWS,
  type ImportReport,
  type ImportResult,
  type ImportRowError,
} from '@lx/shared/table-import';
import { megabytes } from '@lx/shared/upload-limits';
import { useState, type ReactNode } from 'react';
import { api } from './api-client.tsx';
import { errorMessage } from './error-message.tsx';
import { formatFileSize } from './ticket-thread.tsx';

// Every import of a table (学时, later 会员) works the same way: pick a file, 检查文件 (a dry run
// that writes nothing and lists each row's problems), then import the valid rows of the same file.
// The server checks everything again on import; the checks here only spare a useless upload.

/** What the page tells the clerk before they pick a file. */
export const TABLE_IMPORT_HINT = `支持 Excel（.xlsx）或 CSV（.csv）文件，第一行为表头，不超过 ${megabytes(TABLE_IMPORT_MAX_BYTES)} MB、${TABLE_IMPORT_MAX_ROWS.toLocaleString('zh-CN')} 行`;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** Why a picked file cannot be sent, or null when it can. */
export function tableImportProblem(file: { name: string; size: number }): string | null {
  if (!TABLE_IMPORT_ACCEPT.split(',').includes(extensionOf(file.name)))
    return `“${file.name}”不是 Excel（.xlsx）或 CSV（.csv）文件`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  if (file.size > TABLE_IMPORT_MAX_BYTES)
    return `“${file.name}”超过 ${megabytes(TABLE_IMPORT_MAX_BYTES)} MB，请拆分后分批导入`;
  return null;
}

/**
 * Rows with at least one error. The listed errors may stop at a limit (moreErrors), so the rows
 * neither valid nor already imported count too.
 */
export function importErrorRows(report: ImportReport): number {
  const listed = new Set(report.errors.map((e) => e.row)).size;
  return Math.max(listed, report.rows - report.valid - report.alreadyImported);
}

/** 共 N 行，可导入 M 行，已导入过 K 行（将跳过），错误 E 行 */
export function importSummary(report: ImportReport): string {
  return `共 ${report.rows} 行，可导入 ${report.valid} 行，已导入过 ${report.alreadyImported} 行（将跳过），错误 ${importErrorRows(report)} 行`;
}

/** 已导入 N 条（批次 …）, or why nothing was written. */
export function importResultMessage(result: ImportResult): string {
  if (!result.batchId || result.imported === 0) return '没有可导入的新数据，未导入任何记录';
  return `已导入 ${result.imported} 条（批次 ${result.batchId}）`;
}

/** What was not written: rows with errors, rows already imported; undefined when none. */
export function importResultDetail(result: ImportResult): string | undefined {
  const errorRows = importErrorRows(result);
  const parts = [
    errorRows > 0 ? `${errorRows} 行有错误，未导入` : null,
    result.alreadyImported > 0 ? `${result.alreadyImported} 行已导入过，已跳过` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : undefined;
}

export type ImportColumnRule = { key: string; label: string; rule: string };

/** 导入规则: each column of the template and what the check asks of it, then the import's notes. */
export function ImportRules({
  rules,
  notes,
}: {
  rules: readonly ImportColumnRule[];
  notes: ReactNode[];
}) {
  return (
    <Card title="导入规则" role="region" aria-label="导入规则">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={rules.map((r) => ({ key: r.key, label: r.label, children: r.rule }))}
      />
      <ul style={{ margin: '12px 0 0', paddingInlineStart: 20 }}>
        {notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </Card>
  );
}

/** The table as a multipart upload, its one file in the field `file`. */
function sendTable<T>(url: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api<T>(url, { method: 'POST', body });
}

const ERROR_PAGE_SIZE = 10;

const errorColumns: TableProps<ImportRowError & { key: number }>['columns'] = [
  { title: '行号', dataIndex: 'row', width: 72 },
  { title: '列', dataIndex: 'column', width: 100, render: (v: string | null) => v ?? '—' },
  { title: '问题', dataIndex: 'message' },
];

/** The dry run's errors, one line per problem, paged here (the report lists at most 1,000). */
function ImportErrorTable({ report }: { report: ImportReport }) {
  const rows = report.errors.map((e, key) => ({ ...e, key }));
  return (
    <Flex vertical gap={4}>
      <Table
        size="small"
        caption={
          <Typography.Text
            strong
            style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}
          >
            错误明细（共 {report.errors.length + report.moreErrors} 条）
          </Typography.Text>
        }
        columns={errorColumns}
        dataSource={rows}
        // Three columns fit a phone: 问题 wraps instead of widening the page.
        tableLayout="fixed"
        pagination={{
          pageSize: ERROR_PAGE_SIZE,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
        }}
      />
      {report.moreErrors > 0 ? (
        <Typography.Text type="secondary">另有 {report.moreErrors} 条错误未列出</Typography.Text>
      ) : null}
    </Flex>
  );
}

export type TableImportProps = {
  /** The card's title (导入学时). */
  title: string;
  /** POST multipart `file` → ImportReport; writes nothing. */
  dryRunUrl: string;
  /** POST multipart `file` → ImportResult; writes the valid rows as one batch. */
  importUrl: string;
  /** An .xlsx with the header row and an example, offered as 下载导入模板. */
  templateUrl?: string;
  /** Shown under the hint, e.g. a link to the column rules. */
  extra?: ReactNode;
  /** After rows were written: the page refreshes what shows them (a batch list, ledgers). */
  onImported?: (result: ImportResult) => void;
};

/**
 * 选择文件 → 检查文件 (the report: counts and each row's errors) → 导入 M 行有效数据 (the same file)
 * → 已导入 N 条. A new file starts again from the check.
 */
export function TableImport({
  title,
  dryRunUrl,
  importUrl,
  templateUrl,
  extra,
  onImported,
}: TableImportProps) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const check = useMutation({ mutationFn: (f: File) => sendTable<ImportReport>(dryRunUrl, f) });
  const run = useMutation({ mutationFn: (f: File) => sendTable<ImportResult>(importUrl, f) });
  const report = check.data;
  const result = run.data;

  const choose = (picked: File) => {
    check.reset();
    run.reset();
    const refusal = tableImportProblem(picked);
    setProblem(refusal);
    setFile(refusal ? null : picked);
  };

  const runCheck = () => {
    if (!file) return;
    run.reset();
    check.mutate(file);
  };

  const runImport = () => {
    if (!file) return;
    run.mutate(file, {
      onSuccess: (done) => {
        // The report described the table before the import; a new check shows what is left.
        check.reset();
        onImported?.(done);
      },
    });
  };

  const failure = check.error ?? run.error;
  const errorRows = report ? importErrorRows(report) : 0;

  return (
    <Card title={title} role="region" aria-label={title}>
      <Flex vertical gap={16}>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{TABLE_IMPORT_HINT}</Typography.Text>
          {extra}
        </Flex>
        <Flex wrap gap={8} align="center">
          <Upload
            accept={TABLE_IMPORT_ACCEPT}
            showUploadList={false}
            maxCount={1}
            disabled={check.isPending || run.isPending}
            beforeUpload={(picked) => {
              choose(picked);
              // Kept here and sent by 检查文件 and 导入, never uploaded on its own.
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>选择文件</Button>
          </Upload>
          <Button
            type="primary"
            disabled={!file || run.isPending}
            loading={check.isPending}
            onClick={runCheck}
          >
            检查文件
          </Button>
          {templateUrl ? (
            <a href={templateUrl} download>
              <DownloadOutlined aria-hidden /> 下载导入模板
            </a>
          ) : null}
        </Flex>
        {file ? (
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>
            <FileTextOutlined aria-hidden /> 已选择：{file.name}（{formatFileSize(file.size)}）
          </Typography.Text>
        ) : null}
        {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
        {failure ? (
          <Alert type="error" showIcon role="alert" title={errorMessage(failure)} />
        ) : null}
        {report ? (
          <Flex vertical gap={12}>
            <Alert
              type={errorRows > 0 ? 'warning' : 'info'}
              showIcon
              role="status"
              title={importSummary(report)}
              description={`检查结果：${report.filename}`}
            />
            {report.errors.length > 0 ? <ImportErrorTable report={report} /> : null}
            <Flex wrap gap={8} align="center">
              <Button
                type="primary"
                disabled={report.valid === 0}
                loading={run.isPending}
                onClick={runImport}
              >
                导入 {report.valid} 行有效数据
              </Button>
              {errorRows > 0 && report.valid > 0 ? (
                <Typography.Text type="secondary">
                  有错误的行不会导入，可修改后另存为新文件再导入。
                </Typography.Text>
              ) : null}
            </Flex>
          </Flex>
        ) : null}
        {result ? (
          <Alert
            type={result.imported > 0 ? 'success' : 'info'}
            showIcon
            role="status"
            title={importResultMessage(result)}
            description={importResultDetail(result)}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
