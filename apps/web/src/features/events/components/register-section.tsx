import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { MemberEvent, MemberRegistration } from '@lx/shared/event-schemas';
import { useCurrentAccount } from '@lx/ui/current-account';
import { registerOffer } from './event-texts';
import { RegistrationForm } from './registration-form';

function RegisterCard({ children }: { children: ReactNode }) {
  return <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>活动报名</h2>}>{children}</Card>;
}

/**
 * 我要报名 (or 加入候补) and the 报名表 it reveals, kept in the address (?register=1) so the list's
 * 我要报名 opens the page with the form; or, when this account cannot register now, why not.
 */
export function RegisterSection({
  event,
  onRegistered,
}: {
  event: MemberEvent;
  onRegistered: (registration: MemberRegistration) => void;
}) {
  const account = useCurrentAccount();
  const offer = registerOffer(event, account.kind);
  const [searchParams, setSearchParams] = useSearchParams();
  const formShown = offer.kind === 'open' && searchParams.get('register') === '1';
  // A fresh form for each registration of a firm's next lawyer.
  const [round, setRound] = useState(0);
  const formRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (formShown) formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [formShown]);

  if (offer.kind === 'closed' || offer.kind === 'full')
    return (
      <RegisterCard>
        <Alert type="info" showIcon title={offer.reason} />
      </RegisterCard>
    );
  // A lawyer who has registered: 我的报名 says it all.
  if (offer.kind === 'done')
    return offer.reason ? (
      <RegisterCard>
        <Typography.Text type="secondary">{offer.reason}</Typography.Text>
      </RegisterCard>
    ) : null;

  const showForm = () => {
    if (formShown) formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    else setSearchParams({ register: '1' }, { replace: true });
  };

  return (
    <RegisterCard>
      <Flex vertical gap={16}>
        <Flex vertical gap={4} align="flex-start">
          <Button type="primary" size="large" onClick={showForm}>
            {offer.label}
          </Button>
          {offer.waitlist ? (
            <Typography.Text type="secondary">
              名额已满，提交后进入候补名单；有名额空出时按候补顺序通知您在限定时间内确认。
            </Typography.Text>
          ) : null}
        </Flex>
        {formShown ? (
          <section
            ref={formRef}
            aria-labelledby="registration-form-title"
            style={{ scrollMarginTop: 80 }}
          >
            <h2 id="registration-form-title" style={{ fontSize: 16, margin: '0 0 12px' }}>
              报名表
            </h2>
            <RegistrationForm
              key={round}
              event={event}
              onRegistered={(registration) => {
                setRound((n) => n + 1);
                setSearchParams({}, { replace: true });
                onRegistered(registration);
              }}
            />
          </section>
        ) : null}
      </Flex>
    </RegisterCard>
  );
}
