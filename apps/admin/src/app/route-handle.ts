import type { Permission } from '@lx/shared/permissions';

/** What a console route declares in its `handle`: the page title and the permission it needs. */
export type ConsoleRouteHandle = { title?: string; permission?: Permission };

export function readRouteHandle(handle: unknown): ConsoleRouteHandle {
  if (typeof handle !== 'object' || handle === null) return {};
  const { title, permission } = handle as Record<string, unknown>;
  return {
    title: typeof title === 'string' ? title : undefined,
    permission: typeof permission === 'string' ? (permission as Permission) : undefined,
  };
}
