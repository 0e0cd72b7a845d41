import { Avatar, Descriptions, Flex, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import {
  ACCOUNT_KIND_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';

type Row = { label: string; value: string | null | undefined };

function rowsFor(account: CurrentAccount): Row[] {
  const rows: Row[] = [{ label: '登录账号', value: account.login }];
  if (account.lawyer) {
    const { lawyer } = account;
    rows.push(
      { label: '执业机构', value: lawyer.organisationName },
      { label: '执业类别', value: PRACTICE_CATEGORY_LABELS[lawyer.practiceCategory] },
      { label: '所内身份', value: ORGANISATION_ROLE_LABELS[lawyer.organisationRole] },
      { label: '执业证号', value: lawyer.licenceNo },
      { label: '会员编号', value: lawyer.memberNo },
    );
  }
  if (account.organisation) {
    const { organisation } = account;
    rows.push(
      { label: '机构类型', value: ORGANISATION_KIND_LABELS[organisation.kind] },
      { label: '执业证号', value: organisation.licenceNo },
      { label: '会员编号', value: organisation.memberNo },
    );
  }
  return rows.filter((row) => row.value);
}

/** The member's own basic data, as the user panel of the old system's home page showed it. */
export function MemberSummary({
  account,
  avatarUrl,
}: {
  account: CurrentAccount;
  avatarUrl?: string;
}) {
  return (
    <>
      <Flex align="center" gap={12} style={{ marginBottom: 16 }}>
        <Avatar size={56} src={avatarUrl} icon={<UserOutlined />} alt="头像" />
        <div>
          <Typography.Text strong style={{ fontSize: 18, display: 'block' }}>
            {account.displayName}
          </Typography.Text>
          <Typography.Text type="secondary">{ACCOUNT_KIND_LABELS[account.kind]}</Typography.Text>
        </div>
      </Flex>
      <Descriptions
        column={1}
        size="small"
        items={rowsFor(account).map((row) => ({
          key: row.label,
          label: row.label,
          children: row.value,
        }))}
      />
    </>
  );
}
