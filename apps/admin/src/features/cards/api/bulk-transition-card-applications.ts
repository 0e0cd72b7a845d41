import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BulkCardTransitionInput,
  bulkCardTransitionResultSchema,
} from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { getCardApplicationQueryOptions } from './get-card-application';
import { getCardQueueQueryOptions } from './get-card-queue';

export type BulkCardTransitionResult = z.infer<typeof bulkCardTransitionResultSchema>;

/** One forward step for many applications, all or nothing: 409 names those whose state changed. */
export function bulkTransitionCardApplications(
  input: BulkCardTransitionInput,
): Promise<BulkCardTransitionResult> {
  return api<BulkCardTransitionResult>('/api/admin/card-applications/bulk-transition', {
    method: 'POST',
    body: input,
  });
}

export function useBulkTransitionCardApplications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkTransitionCardApplications,
    // Also after a conflict: the queue then shows where the applications are now.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getCardQueueQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: getCardApplicationQueryOptions().queryKey }),
      ]),
  });
}
