import { Divider, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { certificateNumberSchema } from '@lx/shared/certificate-schemas';
import { paths } from '@/config/paths';
import { useCertificateVerification } from '../api/get-certificate-verification';
import { useVerifyCertificateFile } from '../api/verify-certificate-file';
import { FileLookup } from '../components/file-lookup';
import { FileVerification } from '../components/file-verification';
import { LookupError } from '../components/lookup-error';
import { NumberLookupForm } from '../components/number-lookup-form';
import { NumberVerification } from '../components/number-verification';
import { VerifyPageShell } from '../components/verify-page-shell';

/** The number in the address (`/verify/:number`, where QR codes lead), checked as 查询 checks it. */
function numberFromAddress(param: string | undefined) {
  if (param === undefined) return { number: null, problem: null };
  const parsed = certificateNumberSchema.safeParse(param);
  return parsed.success
    ? { number: parsed.data, problem: null }
    : { number: null, problem: parsed.error.issues[0]?.message ?? '证明编号格式不正确' };
}

/**
 * 电子证明验证 (`/verify`, `/verify/:number`), public: anyone checks a certificate by its number
 * or by its PDF file. A number in the address is looked up at once.
 */
export function VerifyPage() {
  const { number: param } = useParams();
  const navigate = useNavigate();
  const { number, problem } = numberFromAddress(param);
  const lookup = useCertificateVerification(number);
  const fileCheck = useVerifyCertificateFile();
  // The panel answers whichever was asked last: the number or the file; nothing after a number
  // with a format error, so an earlier answer does not stand next to it as if it were its own.
  const [shown, setShown] = useState<'number' | 'file' | 'none'>('number');

  const lookUp = (next: string) => {
    setShown('number');
    fileCheck.reset();
    if (next === number) void lookup.refetch();
    else void navigate(paths.verifyNumber.getHref(next));
  };
  const checkFile = (file: File) => {
    setShown('file');
    fileCheck.mutate(file);
  };

  return (
    <VerifyPageShell title="电子证明验证" footer={<Link to={paths.login.getHref()}>会员登录</Link>}>
      <title>电子证明验证 - 律协会员服务平台</title>
      <Typography.Paragraph type="secondary">
        输入证明编号，或上传电子证明 PDF 文件，核验证明的真伪和状态。
      </Typography.Paragraph>
      <NumberLookupForm
        key={param ?? ''}
        initialNumber={param}
        loading={shown === 'number' && lookup.isFetching}
        onLookup={lookUp}
        onInvalid={() => {
          setShown('none');
          fileCheck.reset();
        }}
      />
      <Divider plain>或</Divider>
      <FileLookup checking={fileCheck.isPending} onFile={checkFile} />
      <section aria-label="验证结果" aria-live="polite" style={{ marginTop: 24 }}>
        {shown === 'number' ? (
          problem ? (
            <Typography.Text type="danger" role="alert">
              {problem}
            </Typography.Text>
          ) : (
            <NumberVerification lookup={lookup} />
          )
        ) : null}
        {shown === 'file' && fileCheck.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : null}
        {shown === 'file' && fileCheck.isError ? <LookupError error={fileCheck.error} /> : null}
        {shown === 'file' && fileCheck.data ? <FileVerification answer={fileCheck.data} /> : null}
      </section>
    </VerifyPageShell>
  );
}
