import { UploadOutlined } from '@ant-design/icons';
import { Button, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { FEEDBACK_ATTACHMENT_EXTENSIONS, feedbackAttachmentProblem } from './feedback-attachment';

type FeedbackAttachmentUploadProps = {
  /** Set by Form.Item, so the item's label (附件) names the file input. */
  id?: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  disabled?: boolean;
};

/** 附件 of a feedback: one image or PDF, kept in the form until it is sent; a new choice replaces it. */
export function FeedbackAttachmentUpload({
  id,
  value = [],
  onChange,
  disabled,
}: FeedbackAttachmentUploadProps) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <Upload
        id={id}
        maxCount={1}
        accept={FEEDBACK_ATTACHMENT_EXTENSIONS.join(',')}
        fileList={value}
        disabled={disabled}
        beforeUpload={(file) => {
          const refusal = feedbackAttachmentProblem(file);
          setProblem(refusal);
          // Refused here, or kept in the form and sent with it.
          return refusal ? Upload.LIST_IGNORE : false;
        }}
        onChange={({ fileList }) => onChange?.(fileList.slice(-1))}
        onRemove={() => setProblem(null)}
      >
        <Button icon={<UploadOutlined aria-hidden />} disabled={disabled}>
          选择文件
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        可选，一个 JPG、PNG 图片或 PDF 文件，不超过 10 MB
      </Typography.Text>
      {problem ? (
        <Typography.Text type="danger" role="alert" style={{ display: 'block', marginTop: 4 }}>
          {problem}
        </Typography.Text>
      ) : null}
    </>
  );
}
