import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Typography, Upload } from 'antd';
import {
  DOCUMENT_ATTACHMENT_ACCEPT,
  type DocumentAttachment,
  type StaffDocument,
} from '@lx/shared/document-schemas';
import { DOCUMENT_WORKFLOW } from '@lx/shared/document-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { formatFileSize } from '@lx/ui/ticket-thread';
import {
  useDeleteDocumentAttachment,
  useUploadDocumentAttachments,
} from '../api/document-attachments';
import { documentAttachmentUrl } from '../api/get-document';
import { DOCUMENT_ATTACHMENT_HINT, documentUploadProblem } from './document-attachment-rules';

/** One file, downloaded from the console's route; the filename is the link's text. */
export function AttachmentLink({ attachment }: { attachment: DocumentAttachment }) {
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      <a href={documentAttachmentUrl(attachment.id)} download>
        <PaperClipOutlined aria-hidden /> {attachment.filename}
      </a>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
        {formatFileSize(attachment.size)}
      </Typography.Text>
    </span>
  );
}

/**
 * 附件: links to every file; while the document is a draft (the edit action applies), files are
 * added (several at once, sent as soon as picked) and removed.
 */
export function DocumentAttachmentsCard({ document }: { document: StaffDocument }) {
  const { message } = App.useApp();
  const upload = useUploadDocumentAttachments();
  const remove = useDeleteDocumentAttachment();
  const editable = canApply(DOCUMENT_WORKFLOW, 'edit', document.state);

  const send = async (files: File[]) => {
    const problem = documentUploadProblem(files);
    if (problem) {
      void message.error(problem);
      return;
    }
    try {
      await upload.mutateAsync({ id: document.id, files });
      void message.success(`已上传 ${files.length} 个附件`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const drop = async (attachment: DocumentAttachment) => {
    try {
      await remove.mutateAsync({ id: document.id, attachmentId: attachment.id });
      void message.success(`已删除附件“${attachment.filename}”`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Card title="附件">
      <Flex vertical gap={12}>
        {document.attachments.length === 0 ? (
          <Typography.Text type="secondary">暂无附件</Typography.Text>
        ) : (
          <ul aria-label="附件" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {document.attachments.map((attachment) => (
              <li key={attachment.id} style={{ padding: '4px 0' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <AttachmentLink attachment={attachment} />
                  {editable ? (
                    <Popconfirm
                      title="删除附件"
                      description={`确定删除“${attachment.filename}”吗？`}
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      cancelText="取消"
                      onConfirm={() => drop(attachment)}
                    >
                      <Button
                        size="small"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={`删除附件 ${attachment.filename}`}
                      >
                        删除
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              </li>
            ))}
          </ul>
        )}
        {editable ? (
          <Flex vertical gap={4}>
            <Upload
              multiple
              accept={DOCUMENT_ATTACHMENT_ACCEPT}
              showUploadList={false}
              disabled={upload.isPending}
              beforeUpload={(file, batch) => {
                // One request for the files picked together: sent when the first one is seen.
                if (file === batch[0]) void send(batch);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
                上传附件
              </Button>
            </Upload>
            <Typography.Text type="secondary">{DOCUMENT_ATTACHMENT_HINT}</Typography.Text>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
