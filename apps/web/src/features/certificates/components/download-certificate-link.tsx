import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { certificatePdfUrl } from '../api/get-certificate';

type DownloadCertificateLinkProps = { id: string; number: string | null };

/** 下载证明: the signed PDF, saved under the certificate's number. */
export function DownloadCertificateLink({ id, number }: DownloadCertificateLinkProps) {
  return (
    <Button
      type="primary"
      icon={<DownloadOutlined aria-hidden />}
      href={certificatePdfUrl(id)}
      download={number ? `${number}.pdf` : true}
    >
      下载证明
    </Button>
  );
}
