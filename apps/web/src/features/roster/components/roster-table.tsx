import { Button, Table } from 'antd';
import {
  GENDER_LABELS,
  ORGANISATION_ROLE_LABELS,
  PRACTICE_CATEGORY_LABELS,
} from '@lx/shared/labels';
import type { RosterEntry } from '@lx/shared/roster-schemas';
import { LawyerStatus } from './lawyer-status';
import { ProfileStateTag } from '@lx/ui/state-tags';

type RosterTableProps = {
  lawyers: RosterEntry[];
  loading: boolean;
  onRecordDeparture: (lawyer: RosterEntry) => void;
};

/** 律师列表 (desktop): practising lawyers first, then those who left. */
export function RosterTable({ lawyers, loading, onRecordDeparture }: RosterTableProps) {
  return (
    <Table<RosterEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={lawyers}
      locale={{ emptyText: '暂无律师' }}
      scroll={{ x: 'max-content' }}
      pagination={lawyers.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { title: '姓名', dataIndex: 'name', key: 'name' },
        { title: '性别', key: 'gender', render: (_, lawyer) => GENDER_LABELS[lawyer.gender] },
        { title: '执业证号', key: 'licenceNo', render: (_, lawyer) => lawyer.licenceNo ?? '—' },
        { title: '会员编号', dataIndex: 'memberNo', key: 'memberNo' },
        {
          title: '执业类别',
          key: 'practiceCategory',
          render: (_, lawyer) => PRACTICE_CATEGORY_LABELS[lawyer.practiceCategory],
        },
        {
          title: '所内身份',
          key: 'organisationRole',
          render: (_, lawyer) => ORGANISATION_ROLE_LABELS[lawyer.organisationRole],
        },
        {
          title: '档案状态',
          key: 'profileState',
          render: (_, lawyer) => <ProfileStateTag state={lawyer.profileState} />,
        },
        { title: '状态', key: 'status', render: (_, lawyer) => <LawyerStatus lawyer={lawyer} /> },
        {
          title: '操作',
          key: 'actions',
          render: (_, lawyer) =>
            lawyer.status === 'PRACTISING' ? (
              <Button
                type="link"
                size="small"
                style={{ paddingLeft: 0, paddingRight: 0 }}
                onClick={() => onRecordDeparture(lawyer)}
              >
                登记离所
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
