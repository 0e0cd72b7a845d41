import type { TrainingEntry } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { useTrainingAction } from './use-training-action';

/**
 * 冲销 one line with its reason: the answer is the reversing line (negative hours). 409 when the
 * line was reversed meanwhile, or is itself a reversal.
 */
export function reverseTrainingEntry({
  id,
  reason,
}: {
  id: string;
  reason: string;
}): Promise<TrainingEntry> {
  return api<TrainingEntry>(`/api/admin/training/entries/${encodeURIComponent(id)}/reverse`, {
    method: 'POST',
    body: { reason },
  });
}

export function useReverseTrainingEntry() {
  return useTrainingAction(reverseTrainingEntry);
}
