import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffInput, StaffAccount } from '@lx/shared/staff-schemas';
import { api } from '@lx/ui/api-client';
import { getStaffQueryOptions } from './get-staff';

export function createStaff(input: CreateStaffInput): Promise<StaffAccount> {
  return api<StaffAccount>('/api/admin/staff', { method: 'POST', body: input });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStaff,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getStaffQueryOptions().queryKey }),
  });
}
