import { useQueryClient } from '@tanstack/react-query';
import { Card, Flex } from 'antd';
import type { ImportBatch } from '@lx/shared/training-schemas';
import { TableImport } from '@lx/ui/table-import';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { TRAINING_IMPORT_URLS, useImportBatches } from '../api/training-imports';
import { trainingKeys } from '../api/training-keys';
import { ImportBatchTable } from '../components/import-batch-table';
import { ImportColumnRules } from '../components/import-column-rules';
import { ReverseBatchModal } from '../components/reverse-batch-modal';

const NO_FILTERS = [] as const;

/**
 * 学时导入: hours from other organisers' sheets (.xlsx/.csv), checked row by row before the valid
 * rows are written as one batch; the batches below, each reversible with a reason.
 */
export function TrainingImportsPage() {
  const queryClient = useQueryClient();
  const { page, pageSize, setPage } = useListParams(NO_FILTERS);
  const batches = useImportBatches({ page, pageSize });
  const [reversing, setReversing] = useState<ImportBatch | null>(null);

  return (
    <>
      <PageHeader title="学时导入">
        导入其他单位组织的培训学时：先下载模板填写，上传后检查文件，确认无误再导入有效数据。
      </PageHeader>
      <Flex vertical gap={16}>
        <ImportColumnRules />
        <TableImport
          title="导入学时"
          dryRunUrl={TRAINING_IMPORT_URLS.dryRun}
          importUrl={TRAINING_IMPORT_URLS.import}
          templateUrl={TRAINING_IMPORT_URLS.template}
          onImported={() => {
            void queryClient.invalidateQueries({ queryKey: trainingKeys.all });
            // The new batch is the first of the list.
            setPage(1, pageSize);
          }}
        />
        <Card>
          {batches.isError ? (
            <QueryError error={batches.error} onRetry={() => void batches.refetch()} />
          ) : (
            <ImportBatchTable
              data={batches.data}
              loading={batches.isFetching}
              page={page}
              pageSize={pageSize}
              onPageChange={setPage}
              onReverse={setReversing}
            />
          )}
        </Card>
      </Flex>
      {reversing ? (
        <ReverseBatchModal batch={reversing} onClose={() => setReversing(null)} />
      ) : null}
    </>
  );
}
