import { Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CertificateVerification } from '@lx/shared/certificate-schemas';
import { LookupError } from './lookup-error';
import { VerificationResult } from './verification-result';

type NumberVerificationProps = { lookup: UseQueryResult<CertificateVerification> };

/** The answer to 查询. */
export function NumberVerification({ lookup }: NumberVerificationProps) {
  if (lookup.isFetching && !lookup.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (lookup.isError) {
    return <LookupError error={lookup.error} onRetry={() => void lookup.refetch()} />;
  }
  return lookup.data ? <VerificationResult verification={lookup.data} /> : null;
}
