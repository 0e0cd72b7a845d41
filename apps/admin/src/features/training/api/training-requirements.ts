import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RequirementList, RequirementsInput } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingKeys } from './training-keys';
import { useTrainingAction } from './use-training-action';

const REQUIREMENTS_PATH = '/api/admin/training/requirements';

/** A year's requirements: one per practice category that has one. */
export function getRequirements(year: number): Promise<RequirementList> {
  return api<RequirementList>(REQUIREMENTS_PATH, { query: { year } });
}

export function getRequirementsQueryOptions(year: number) {
  return queryOptions({
    queryKey: [...trainingKeys.requirements, year],
    queryFn: () => getRequirements(year),
  });
}

export function useRequirements(year: number) {
  return useQuery(getRequirementsQueryOptions(year));
}

/** Replaces the year's list: a category left out has no requirement. */
export function saveRequirements({
  year,
  input,
}: {
  year: number;
  input: RequirementsInput;
}): Promise<RequirementList> {
  return api<RequirementList>(`${REQUIREMENTS_PATH}/${year}`, { method: 'PUT', body: input });
}

export function useSaveRequirements() {
  return useTrainingAction(saveRequirements);
}
