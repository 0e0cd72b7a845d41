import { Alert, Flex, Result } from 'antd';
import type { FileVerification as FileVerificationAnswer } from '@lx/shared/certificate-schemas';
import { VerificationResult } from './verification-result';

/** The answer to 上传证明文件: the original as issued, or no certificate with exactly these bytes. */
export function FileVerification({ answer }: { answer: FileVerificationAnswer }) {
  if (!answer.match) {
    return (
      <Result
        status="error"
        title="未找到与该文件完全一致的电子证明，文件可能被修改或并非本会签发"
        style={{ padding: '16px 0' }}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      <Alert type="success" showIcon title="该文件是本会签发的电子证明原件" />
      {answer.certificate ? <VerificationResult verification={answer.certificate} /> : null}
    </Flex>
  );
}
