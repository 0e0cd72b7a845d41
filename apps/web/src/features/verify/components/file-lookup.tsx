import { FilePdfOutlined } from '@ant-design/icons';
import { Typography, Upload } from 'antd';
import { useState } from 'react';
import { megabytes, VERIFY_MAX_BYTES } from '@lx/shared/upload-limits';

/** Why a chosen file cannot be checked at all, or null. */
function fileProblem(file: File): string | null {
  const pdf = file.type === 'application/pdf' || file.name.toLowerCase().endsWith('.pdf');
  if (!pdf) return '请上传 PDF 格式的电子证明文件';
  if (file.size > VERIFY_MAX_BYTES) return `文件不能超过 ${megabytes(VERIFY_MAX_BYTES)} MB`;
  return null;
}

type FileLookupProps = { checking: boolean; onFile: (file: File) => void };

/** 上传证明文件: a PDF compared, byte for byte, with the certificates the association issued. */
export function FileLookup({ checking, onFile }: FileLookupProps) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <Upload.Dragger
        aria-label="上传证明文件"
        accept=".pdf,application/pdf"
        multiple={false}
        showUploadList={false}
        disabled={checking}
        beforeUpload={(file) => {
          const refusal = fileProblem(file);
          setProblem(refusal);
          if (!refusal) onFile(file);
          // The file is sent by the page itself, not by the upload control.
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <FilePdfOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{checking ? '正在核验…' : '上传证明文件'}</p>
        <p className="ant-upload-hint" style={{ paddingLeft: 12, paddingRight: 12 }}>
          点击或将电子证明 PDF 文件拖到此处，文件不超过 {megabytes(VERIFY_MAX_BYTES)} MB
        </p>
      </Upload.Dragger>
      {problem ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 8 }}>
          {problem}
        </Typography.Text>
      ) : null}
    </>
  );
}
