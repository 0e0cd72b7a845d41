import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PageQuery } from '@lx/shared/pagination';
import type { ImportBatch, ImportBatchPage, ReversalInput } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingKeys } from './training-keys';
import { useTrainingAction } from './use-training-action';

const IMPORTS_PATH = '/api/admin/training/imports';

/** Where the shared TableImport sends the file (检查文件, 导入) and finds the template. */
export const TRAINING_IMPORT_URLS = {
  dryRun: `${IMPORTS_PATH}/dry-run`,
  import: IMPORTS_PATH,
  template: `${IMPORTS_PATH}/template.xlsx`,
} as const;

/** 导入批次, newest first. */
export function getImportBatches(query: PageQuery): Promise<ImportBatchPage> {
  return api<ImportBatchPage>(IMPORTS_PATH, { query });
}

export function getImportBatchesQueryOptions(query: PageQuery) {
  return queryOptions({
    queryKey: [...trainingKeys.imports, query],
    queryFn: () => getImportBatches(query),
    placeholderData: keepPreviousData,
  });
}

export function useImportBatches(query: PageQuery) {
  return useQuery(getImportBatchesQueryOptions(query));
}

/** 冲销 a whole batch with its reason: each of its entries gets a reversing line. */
export function reverseImportBatch({
  id,
  reason,
}: { id: string } & ReversalInput): Promise<ImportBatch> {
  return api<ImportBatch>(`${IMPORTS_PATH}/${encodeURIComponent(id)}/reverse`, {
    method: 'POST',
    body: { reason },
  });
}

export function useReverseImportBatch() {
  return useTrainingAction(reverseImportBatch);
}
