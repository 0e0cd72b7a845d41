import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import { getStaffQueryOptions } from './get-staff';

/** Sets a new initial password; the person must change it at the next login. */
export function resetStaffPassword({
  id,
  initialPassword,
}: {
  id: string;
  initialPassword: string;
}): Promise<void> {
  return api<void>(`/api/admin/staff/${encodeURIComponent(id)}/reset-password`, {
    method: 'POST',
    body: { initialPassword },
  });
}

export function useResetStaffPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetStaffPassword,
    // The list shows who still has to change an initial password.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getStaffQueryOptions().queryKey }),
  });
}
