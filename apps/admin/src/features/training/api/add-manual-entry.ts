import type { ManualEntryInput, TrainingEntry } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingLawyerPath } from './get-lawyer-summary';
import { useTrainingAction } from './use-training-action';

/** 人工录入: one entry for one lawyer, with the reason (kept in the audit log). */
export function addManualTrainingEntry({
  lawyerId,
  input,
}: {
  lawyerId: string;
  input: ManualEntryInput;
}): Promise<TrainingEntry> {
  return api<TrainingEntry>(`${trainingLawyerPath(lawyerId)}/entries`, {
    method: 'POST',
    body: input,
  });
}

export function useAddManualTrainingEntry() {
  return useTrainingAction(addManualTrainingEntry);
}
