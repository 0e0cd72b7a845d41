import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { leaveQueueQuerySchema, leaveQueueSchema } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { eventKeys } from './event-keys';
import { useEventAction } from './use-event-action';

export type LeaveQueueQuery = z.infer<typeof leaveQueueQuerySchema>;
export type LeaveQueue = z.infer<typeof leaveQueueSchema>;

export function getLeaveQueue(query: LeaveQueueQuery): Promise<LeaveQueue> {
  return api<LeaveQueue>('/api/admin/event-leaves', { query });
}

export function getLeaveQueueQueryOptions(query: LeaveQueueQuery) {
  return queryOptions({
    queryKey: [...eventKeys.leaves, query],
    queryFn: () => getLeaveQueue(query),
    placeholderData: keepPreviousData,
  });
}

export function useLeaveQueue(query: LeaveQueueQuery) {
  return useQuery(getLeaveQueueQueryOptions(query));
}

function leavePath(id: string, action: 'approve' | 'reject'): string {
  return `/api/admin/event-leaves/${encodeURIComponent(id)}/${action}`;
}

/** 批准: the registration becomes 已请假 (no no-show is counted); the opinion is optional. */
export function approveLeave({ id, reason }: { id: string; reason?: string }): Promise<unknown> {
  return api<unknown>(leavePath(id, 'approve'), { method: 'POST', body: { reason } });
}

/** 驳回 with the reason the member reads; the registration stays 已报名. */
export function rejectLeave({ id, reason }: { id: string; reason: string }): Promise<unknown> {
  return api<unknown>(leavePath(id, 'reject'), { method: 'POST', body: { reason } });
}

export function useApproveLeave() {
  return useEventAction(approveLeave);
}

export function useRejectLeave() {
  return useEventAction(rejectLeave);
}
