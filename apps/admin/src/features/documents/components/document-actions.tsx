import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Modal, Space, Typography } from 'antd';
import { withdrawDocumentSchema, type StaffDocument } from '@lx/shared/document-schemas';
import { DOCUMENT_WORKFLOW, type DocumentAction } from '@lx/shared/document-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ReasonModal } from '@/components/reason-modal';
import { paths } from '@/config/paths';
import { usePublishDocument, useWithdrawDocument } from '../api/document-transitions';

/** 发布: says how the recipients are found before the clerk commits to it. */
function PublishModal({ document, onClose }: { document: StaffDocument; onClose: () => void }) {
  const { message } = App.useApp();
  const publish = usePublishDocument();
  const { label } = DOCUMENT_WORKFLOW.transitions.publish;

  const confirm = async () => {
    try {
      const published = await publish.mutateAsync({ id: document.id, version: document.version });
      void message.success(`公文已${label}，共 ${published.recipientCount} 位收件人`);
    } catch (error) {
      // 409: changed or published meanwhile; the page reloads it.
      void message.error(errorMessage(error));
    }
    onClose();
  };

  return (
    <Modal
      open
      title={`${label}公文`}
      okText={label}
      cancelText="取消"
      confirmLoading={publish.isPending}
      onOk={() => void confirm()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        发布时，系统按传阅对象确定收件人：全部律师、按执业类别、律师事务所负责人/主任、机构全体人员和传阅组，均以发布这一刻的人员为准，之后新加入的人员不会收到；同一人属于多个传阅对象时只收到一次。
      </Typography.Paragraph>
      <Typography.Paragraph>
        发布后公文不能再编辑、不能再增删附件，只能撤回。确定发布“{document.title}”吗？
      </Typography.Paragraph>
    </Modal>
  );
}

/** 撤回公文: the reason is required; recipients see the document as 已撤回. */
function WithdrawModal({ document, onClose }: { document: StaffDocument; onClose: () => void }) {
  const withdraw = useWithdrawDocument();
  const { label } = DOCUMENT_WORKFLOW.transitions.withdraw;
  return (
    <ReasonModal
      name="document-withdraw"
      title={label}
      okText={`确认${label}`}
      field={{
        label: '撤回原因',
        name: 'reason',
        extra: `“${document.title}”撤回后，收件人看到该公文已撤回及这段原因，不能再反馈。此操作不能撤销。`,
        placeholder: '如：公文内容有误，将重新发布',
        maxLength: 200,
      }}
      schema={withdrawDocumentSchema}
      pending={withdraw.isPending}
      onSubmit={(input) => withdraw.mutateAsync({ id: document.id, ...input })}
      successMessage="公文已撤回"
      onClose={onClose}
    />
  );
}

/** 编辑, 发布 and 撤回公文, each only where DOCUMENT_WORKFLOW allows it from the state. */
export function DocumentActions({ document }: { document: StaffDocument }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<'publish' | 'withdraw' | null>(null);
  const { transitions } = DOCUMENT_WORKFLOW;
  const can = (action: DocumentAction) => canApply(DOCUMENT_WORKFLOW, action, document.state);

  return (
    <>
      <Space wrap>
        {can('edit') ? (
          <Button
            icon={<EditOutlined aria-hidden />}
            onClick={() => void navigate(paths.documentEdit.getHref(document.id))}
          >
            {transitions.edit.label}
          </Button>
        ) : null}
        {can('publish') ? (
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden />}
            onClick={() => setOpen('publish')}
          >
            {transitions.publish.label}
          </Button>
        ) : null}
        {can('withdraw') ? (
          <Button danger onClick={() => setOpen('withdraw')}>
            {transitions.withdraw.label}
          </Button>
        ) : null}
      </Space>
      {open === 'publish' ? (
        <PublishModal document={document} onClose={() => setOpen(null)} />
      ) : null}
      {open === 'withdraw' ? (
        <WithdrawModal document={document} onClose={() => setOpen(null)} />
      ) : null}
    </>
  );
}
