import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import type { StaffAccount } from '@lx/shared/staff-schemas';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useCurrentAccount } from '@lx/ui/current-account';
import { roleName as sharedRoleName } from '@/lib/roles';
import { useListParams } from '@/lib/use-list-params';
import { useRoles } from '../api/get-roles';
import { useStaff } from '../api/get-staff';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { RolesTable } from '../components/roles-table';
import { StaffCreateModal } from '../components/staff-create-modal';
import { StaffEditModal } from '../components/staff-edit-modal';
import { StaffFilters } from '../components/staff-filters';
import { StaffTable } from '../components/staff-table';
import { TABS_MORE } from '@lx/ui/accessibility';

const FILTER_KEYS = ['q'] as const;

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; staff: StaffAccount }
  | { kind: 'reset'; staff: StaffAccount };

function StaffList() {
  const me = useCurrentAccount();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const staff = useStaff({ page, pageSize, q: filters.q });
  const roles = useRoles();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const roleName = (code: string) =>
    roles.data?.find((r) => r.code === code)?.name ?? sharedRoleName(code);

  return (
    <>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          justifyContent: 'space-between',
          marginBottom: 16,
        }}
      >
        <StaffFilters q={filters.q} onChange={setFilters} />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          新建工作人员
        </Button>
      </div>
      {staff.isError ? (
        <QueryError error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <StaffTable
          data={staff.data}
          loading={staff.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
          roleName={roleName}
          onEdit={(s) => setDialog({ kind: 'edit', staff: s })}
          onResetPassword={(s) => setDialog({ kind: 'reset', staff: s })}
        />
      )}
      {dialog?.kind === 'create' ? <StaffCreateModal onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? (
        <StaffEditModal
          staff={dialog.staff}
          isSelf={dialog.staff.id === me.id}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordModal staff={dialog.staff} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}

/** 工作人员: staff accounts, and the roles they can be given. */
export function StaffPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'roles' ? 'roles' : 'accounts';

  return (
    <>
      <PageHeader title="工作人员">
        管理协会工作人员的后台账号。角色决定账号能使用哪些功能；新账号和重设密码后的账号，本人首次登录须修改密码。
      </PageHeader>
      <Card>
        <Tabs
          more={TABS_MORE}
          activeKey={tab}
          onChange={(key) => setParams(key === 'roles' ? { tab: 'roles' } : {})}
          items={[
            { key: 'accounts', label: '工作人员账号', children: <StaffList /> },
            { key: 'roles', label: '角色与权限', children: <RolesTable /> },
          ]}
        />
      </Card>
    </>
  );
}
