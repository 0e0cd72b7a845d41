import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { CardApplication } from '@lx/shared/card-schemas';
import type { CardApplicationKind } from '@lx/shared/card-workflow';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useCardOverview } from '../api/get-card-overview';
import { ApplyWizard } from '../components/apply-wizard';
import { CARD_APPLY_TITLES, kindFromSlug } from '../components/card-labels';

function BackLink() {
  return (
    <Link to={paths.cards.getHref()}>
      <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      返回申请会员卡
    </Link>
  );
}

/** 首次申请会员卡 / 遗失申请 / 换卡申请 (`/cards/apply/first|lost|replacement`). */
export function CardApplyPage() {
  const { kind: slug = '' } = useParams();
  const kind = kindFromSlug(slug);
  if (!kind) {
    return (
      <Card>
        <title>页面不存在 - 律协会员服务平台</title>
        <Result
          status="404"
          title="页面不存在"
          subTitle="没有这种会员卡申请，请从申请会员卡页面进入。"
          extra={<BackLink />}
        />
      </Card>
    );
  }
  // Keyed so that moving to another kind starts the wizard afresh.
  return <CardApplyView key={kind} kind={kind} />;
}

function CardApplyView({ kind }: { kind: CardApplicationKind }) {
  const overview = useCardOverview();
  const [submitted, setSubmitted] = useState<CardApplication | null>(null);
  const title = CARD_APPLY_TITLES[kind];

  // Once submitted the kind is no longer available: go to the application before that shows.
  if (submitted) return <Navigate to={paths.cardApplication.getHref(submitted.id)} replace />;

  const option = overview.data?.options[kind];
  const unavailable = option?.available === false;

  return (
    <Card
      title={
        <div style={{ padding: '8px 0' }}>
          <h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            申请律师一卡通
          </Typography.Text>
        </div>
      }
      extra={unavailable ? null : <BackLink />}
    >
      <title>{`${title} - 律协会员服务平台`}</title>
      {overview.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {overview.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(overview.error)}
          action={<Button onClick={() => void overview.refetch()}>重试</Button>}
        />
      ) : null}
      {option && !option.available ? (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={option.reason ?? `目前不能提交${title}`}
          description={<BackLink />}
        />
      ) : null}
      {overview.data && option?.available ? (
        <ApplyWizard kind={kind} overview={overview.data} onSubmitted={setSubmitted} />
      ) : null}
    </Card>
  );
}
