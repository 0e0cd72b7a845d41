import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffAccount, UpdateStaffInput } from '@lx/shared/staff-schemas';
import { api } from '@lx/ui/api-client';
import { getStaffQueryOptions } from './get-staff';

export function updateStaff({
  id,
  input,
}: {
  id: string;
  input: UpdateStaffInput;
}): Promise<StaffAccount> {
  return api<StaffAccount>(`/api/admin/staff/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: input,
  });
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStaff,
    onSettled: () => queryClient.invalidateQueries({ queryKey: getStaffQueryOptions().queryKey }),
  });
}
