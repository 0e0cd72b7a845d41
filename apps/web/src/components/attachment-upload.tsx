import { UploadOutlined } from '@ant-design/icons';
import { Button, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import {
  MAX_TICKET_ATTACHMENT_BYTES,
  MAX_TICKET_ATTACHMENTS,
  megabytes,
} from '@lx/shared/upload-limits';

const ACCEPTED_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.pdf'];

/** Why a chosen file cannot be attached, or null; the server checks the content again. */
function attachmentProblem(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return '只能上传图片或 PDF 文件';
  }
  if (file.size > MAX_TICKET_ATTACHMENT_BYTES)
    return `附件不能超过 ${megabytes(MAX_TICKET_ATTACHMENT_BYTES)} MB`;
  return null;
}

/** The files to send, as the form keeps them. */
export function attachmentFiles(list: UploadFile[] | undefined): File[] {
  return (list ?? []).flatMap((item) => (item.originFileObj ? [item.originFileObj] : []));
}

type AttachmentUploadProps = {
  /** Set by Form.Item, so the item's label (附件) names the file input. */
  id?: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  disabled?: boolean;
};

/**
 * 附件: images or PDFs, at most 10 of 10 MB each, kept in the form until it is submitted. A file
 * that breaks a rule is refused here, with the reason under the control.
 */
export function AttachmentUpload({ id, value = [], onChange, disabled }: AttachmentUploadProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const full = value.length >= MAX_TICKET_ATTACHMENTS;

  return (
    <>
      <Upload
        id={id}
        multiple
        accept={ACCEPTED_EXTENSIONS.join(',')}
        fileList={value}
        disabled={disabled}
        beforeUpload={(file, batch) => {
          // A new choice starts clean; a refusal of any file in it stays shown.
          if (file === batch[0]) setProblem(null);
          const refusal = attachmentProblem(file);
          if (refusal) {
            setProblem(refusal);
            return Upload.LIST_IGNORE;
          }
          // Kept in the form, sent with it.
          return false;
        }}
        onChange={({ fileList }) => {
          if (fileList.length > MAX_TICKET_ATTACHMENTS) {
            setProblem(`最多上传 ${MAX_TICKET_ATTACHMENTS} 个附件`);
            onChange?.(fileList.slice(0, MAX_TICKET_ATTACHMENTS));
            return;
          }
          onChange?.(fileList);
        }}
        onRemove={() => setProblem(null)}
      >
        <Button icon={<UploadOutlined aria-hidden />} disabled={disabled || full}>
          选择文件
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        支持 JPG、PNG 图片和 PDF 文件，单个不超过 {megabytes(MAX_TICKET_ATTACHMENT_BYTES)} MB，最多{' '}
        {MAX_TICKET_ATTACHMENTS} 个
      </Typography.Text>
      {problem ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 4 }}>
          {problem}
        </Typography.Text>
      ) : null}
    </>
  );
}
