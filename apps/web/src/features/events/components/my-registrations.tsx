import { Alert, Card, Flex, Grid, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '@lx/shared/dates';
import type { MemberEvent, MemberRegistration } from '@lx/shared/event-schemas';
import { useCurrentAccount } from '@lx/ui/current-account';
import { LeaveStateTag, RegistrationStateTag } from '@lx/ui/state-tags';
import { eventAttachmentUrl } from '../api/event-form-data';
import { registrationHeadline, registrationNote, showsCheckInCode } from './event-texts';
import { LeaveModal } from './leave-modal';
import { RegistrationActions } from './registration-actions';

/** 已报名 and what the tag does not say: the waitlist place, the offer's deadline. */
function RegistrationState({ registration }: { registration: MemberRegistration }) {
  const note = registrationNote(registration);
  return (
    <Flex vertical gap={2} align="flex-start">
      <RegistrationStateTag state={registration.state} />
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** 请假: its state and, once decided, the reason staff gave. */
function LeaveSummary({ registration }: { registration: MemberRegistration }) {
  const leave = registration.leave;
  if (!leave) return null;
  return (
    <Flex vertical gap={2} style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
      <Flex wrap gap={6} align="center">
        <Typography.Text style={{ fontSize: 12 }}>{`请假（${leave.reason}）`}</Typography.Text>
        <LeaveStateTag state={leave.state} />
      </Flex>
      {leave.decisionReason ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`审核意见：${leave.decisionReason}`}
        </Typography.Text>
      ) : null}
      <AttachmentLinks attachments={leave.attachments} label="请假附件" />
    </Flex>
  );
}

function AttachmentLinks({
  attachments,
  label,
}: {
  attachments: MemberRegistration['attachments'];
  label: string;
}) {
  if (attachments.length === 0) return null;
  return (
    <Typography.Text style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
      {`${label}：`}
      {attachments.map((file, index) => (
        <span key={file.id}>
          {index > 0 ? '、' : null}
          <a href={eventAttachmentUrl(file.id)} target="_blank" rel="noopener noreferrer">
            {file.filename}
          </a>
        </span>
      ))}
    </Typography.Text>
  );
}

/** The code a registered member shows at the door, large enough to read off a phone. */
function CheckInCode({
  registration,
  whose,
}: {
  registration: MemberRegistration;
  whose: string | null;
}) {
  return (
    <div
      role="group"
      aria-label={whose ? `签到码（${whose}）` : '签到码'}
      style={{ padding: '8px 16px', border: '1px dashed #d9d9d9', borderRadius: 8 }}
    >
      <Typography.Text type="secondary">{whose ? `签到码（${whose}）` : '签到码'}</Typography.Text>
      <div
        style={{
          fontSize: 36,
          fontWeight: 600,
          letterSpacing: 8,
          fontVariantNumeric: 'tabular-nums',
          lineHeight: 1.3,
        }}
      >
        {registration.checkInCode}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        活动当天请向工作人员出示签到码
      </Typography.Text>
    </div>
  );
}

/**
 * 我的报名 on an event's page: where this account's registrations stand, the 签到码, and
 * 取消报名 / 请假 / 下载日历 (or 确认报名 / 放弃名额 of an offer): a table on a wide screen,
 * a card each on a phone.
 */
export function MyRegistrations({ event }: { event: MemberEvent }) {
  const phone = Grid.useBreakpoint().md !== true;
  const organisation = useCurrentAccount().kind === 'ORGANISATION';
  const [leaveFor, setLeaveFor] = useState<MemberRegistration | null>(null);
  const [leaveOpen, setLeaveOpen] = useState(false);
  const headline = registrationHeadline(event.registrations);
  const whose = (registration: MemberRegistration) => (organisation ? registration.name : null);
  const actions = (registration: MemberRegistration) => (
    <RegistrationActions
      registration={registration}
      whose={whose(registration)}
      onLeave={(chosen) => {
        setLeaveFor(chosen);
        setLeaveOpen(true);
      }}
    />
  );

  return (
    <Flex vertical gap={16}>
      {headline ? <Alert type={headline.tone} showIcon title={headline.text} /> : null}
      {event.registrations.some(showsCheckInCode) ? (
        <Flex wrap gap={12}>
          {event.registrations.filter(showsCheckInCode).map((registration) => (
            <CheckInCode
              key={registration.id}
              registration={registration}
              whose={whose(registration)}
            />
          ))}
        </Flex>
      ) : null}
      {phone ? (
        <Flex vertical gap={12} role="list" aria-label="我的报名">
          {event.registrations.map((registration) => (
            <div role="listitem" key={registration.id}>
              <Card size="small">
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                    {registration.name}
                  </Typography.Text>
                  <RegistrationStateTag state={registration.state} />
                </Flex>
                <Flex vertical gap={2} style={{ margin: '4px 0 8px', fontSize: 13 }}>
                  {registrationNote(registration) ? (
                    <Typography.Text>{registrationNote(registration)}</Typography.Text>
                  ) : null}
                  <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                    {`工作单位：${registration.workplace}`}
                  </Typography.Text>
                  <Typography.Text type="secondary">{`手机号码：${registration.mobile}`}</Typography.Text>
                  <Typography.Text type="secondary">
                    {`报名时间：${formatDateTime(registration.createdAt)}`}
                  </Typography.Text>
                  <AttachmentLinks attachments={registration.attachments} label="附件" />
                  <LeaveSummary registration={registration} />
                </Flex>
                {actions(registration)}
              </Card>
            </div>
          ))}
        </Flex>
      ) : (
        <Table<MemberRegistration>
          rowKey="id"
          size="middle"
          dataSource={event.registrations}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '姓名', dataIndex: 'name', key: 'name' },
            {
              title: '工作单位',
              key: 'workplace',
              render: (_, r) => (
                <span style={{ display: 'inline-block', maxWidth: 240, overflowWrap: 'anywhere' }}>
                  {r.workplace}
                </span>
              ),
            },
            { title: '手机号码', dataIndex: 'mobile', key: 'mobile' },
            {
              title: '报名时间',
              key: 'createdAt',
              render: (_, r) => formatDateTime(r.createdAt),
            },
            {
              title: '状态',
              key: 'state',
              render: (_, r) => (
                <Flex vertical gap={4} style={{ maxWidth: 260 }}>
                  <RegistrationState registration={r} />
                  <AttachmentLinks attachments={r.attachments} label="附件" />
                  <LeaveSummary registration={r} />
                </Flex>
              ),
            },
            { title: '操作', key: 'actions', render: (_, r) => actions(r) },
          ]}
        />
      )}
      <LeaveModal
        event={event}
        registration={leaveFor}
        open={leaveOpen}
        onClose={() => setLeaveOpen(false)}
      />
    </Flex>
  );
}
