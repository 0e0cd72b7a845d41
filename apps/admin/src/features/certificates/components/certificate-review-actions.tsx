import { App, Button, Popconfirm, Space } from 'antd';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { CERTIFICATE_WORKFLOW } from '@lx/shared/certificate-workflow';
import { canApply } from '@lx/shared/workflow';
import { errorMessage } from '@lx/ui/error-message';
import { useState } from 'react';
import { useApproveCertificate } from '../api/approve-certificate';
import { certificatePdfUrl } from '../api/get-certificate-application';
import { RejectCertificateModal } from './reject-certificate-modal';
import { RevokeCertificateModal } from './revoke-certificate-modal';

/**
 * 驳回 and 审核通过 while the application waits for review; 下载证明 and 撤销证明 once the
 * certificate is issued and still valid.
 */
export function CertificateReviewActions({ application }: { application: CertificateApplication }) {
  const { message } = App.useApp();
  const approve = useApproveCertificate();
  const [dialog, setDialog] = useState<'reject' | 'revoke' | null>(null);
  const { certificate } = application;
  const { approve: approval, reject: rejection } = CERTIFICATE_WORKFLOW.transitions;
  const canReject = canApply(CERTIFICATE_WORKFLOW, 'reject', application.state);
  const canApprove = canApply(CERTIFICATE_WORKFLOW, 'approve', application.state);
  const issued = application.state === 'APPROVED' && certificate && !certificate.revokedAt;

  const onApprove = async () => {
    try {
      await approve.mutateAsync({ id: application.id, version: application.version });
      void message.success('已审核通过，证明已签发');
    } catch (error) {
      // 409: another reviewer decided first or the applicant withdrew; the page reloads it.
      void message.error(errorMessage(error));
    }
  };

  return (
    <>
      <Space wrap>
        {canReject ? (
          <Button danger onClick={() => setDialog('reject')}>
            {rejection.label}
          </Button>
        ) : null}
        {canApprove ? (
          <Popconfirm
            title="确定审核通过并签发该证明吗？"
            okText="确定"
            cancelText="取消"
            onConfirm={onApprove}
          >
            <Button type="primary" loading={approve.isPending}>
              {approval.label}
            </Button>
          </Popconfirm>
        ) : null}
        {issued ? (
          <>
            <Button
              href={certificatePdfUrl(application.id)}
              target="_blank"
              rel="noopener noreferrer"
            >
              下载证明
            </Button>
            <Button danger onClick={() => setDialog('revoke')}>
              撤销证明
            </Button>
          </>
        ) : null}
      </Space>
      {dialog === 'reject' ? (
        <RejectCertificateModal
          applicationId={application.id}
          applicationNumber={application.number}
          version={application.version}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'revoke' && certificate ? (
        <RevokeCertificateModal
          applicationId={application.id}
          certificateNumber={certificate.number}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
