import { useMutation, useQueryClient } from '@tanstack/react-query';
import { eventKeys } from './event-keys';

/**
 * An action of the events module (发布, 取消活动, 签到, 批准请假…). Whatever the answer, even a 409
 * (someone acted first), every events query is refreshed: the action moves states and places that
 * the detail, the lists and their counts all show.
 */
export function useEventAction<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}
