import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { CardOverview } from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_KIND_LABELS,
  CARD_APPLICATION_KINDS,
  type CardApplicationKind,
} from '@lx/shared/card-workflow';
import { paths } from '@/config/paths';
import { CARD_APPLY_HINTS, CARD_APPLY_TITLES } from './card-labels';

type ApplyOptionProps = {
  kind: CardApplicationKind;
  option: CardOverview['options'][CardApplicationKind];
};

/** One kind of application: when it applies, its button, and why it is unavailable now. */
function ApplyOption({ kind, option }: ApplyOptionProps) {
  const navigate = useNavigate();
  const reasonId = `card-apply-${kind.toLowerCase()}-reason`;
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex vertical gap={8} align="flex-start">
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {CARD_APPLICATION_KIND_LABELS[kind]}：{CARD_APPLY_HINTS[kind]}
        </Typography.Text>
        <Button
          type={option.available ? 'primary' : 'default'}
          disabled={!option.available}
          aria-describedby={option.available ? undefined : reasonId}
          onClick={() => void navigate(paths.cardApply.getHref(kind))}
        >
          {CARD_APPLY_TITLES[kind]}
        </Button>
        {!option.available && option.reason ? (
          <Typography.Text id={reasonId} style={{ fontSize: 13 }}>
            <ExclamationCircleOutlined
              aria-hidden
              style={{ color: '#d46b08', marginInlineEnd: 4 }}
            />
            {option.reason}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}

/** 首次申请会员卡, 遗失申请 and 换卡申请, each available or not as the server says. */
export function ApplyOptions({ options }: { options: CardOverview['options'] }) {
  return (
    <Row gutter={[16, 16]}>
      {CARD_APPLICATION_KINDS.map((kind) => (
        <Col key={kind} xs={24} md={8}>
          <ApplyOption kind={kind} option={options[kind]} />
        </Col>
      ))}
    </Row>
  );
}
