import { App, Button, Card } from 'antd';
import type { CertificateType } from '@lx/shared/certificate-schemas';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useCertificateTypes } from '../api/get-certificate-types';
import { CertificateTypeDrawer } from '../components/certificate-type-drawer';
import { CertificateTypeTable } from '../components/certificate-type-table';

/** 证明类型: the certificates members may apply for, each with its template and its own fields. */
export function CertificateTypesPage() {
  const { message } = App.useApp();
  const types = useCertificateTypes();
  // null: creating; a type: editing it; undefined: no drawer.
  const [editing, setEditing] = useState<CertificateType | null | undefined>(undefined);
  // The edited type as the list now has it, so a reload after a conflict reaches the form.
  const current = editing ? (types.data?.find((t) => t.id === editing.id) ?? editing) : editing;

  return (
    <>
      <PageHeader
        title="证明类型"
        extra={
          <Button type="primary" onClick={() => setEditing(null)}>
            新建证明类型
          </Button>
        }
      >
        会员可申请的电子证明：每类证明有自己的模板、填写项、可申请的对象、有效天数和审核方式；停用的类型不再接受新的申请，已签发的证明不受修改影响。
      </PageHeader>
      <Card>
        {types.isError ? (
          <QueryError error={types.error} onRetry={() => void types.refetch()} />
        ) : (
          <CertificateTypeTable types={types.data} loading={types.isFetching} onEdit={setEditing} />
        )}
      </Card>
      {current !== undefined ? (
        <CertificateTypeDrawer
          type={current}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            void message.success(current ? '证明类型已保存' : '证明类型已创建');
            setEditing(undefined);
          }}
        />
      ) : null}
    </>
  );
}
