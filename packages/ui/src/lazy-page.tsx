import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A route's component that is its own chunk, loaded when the route is first shown.
 *
 * Not the router's `lazy` option: with it the router waits for the chunk before it leaves the
 * current page, and that page stays on screen and takes input meanwhile. On a slow phone a person
 * who taps 忘记密码 and starts typing writes into the login form's 账号, which is then replaced by
 * an empty one. Here the navigation happens at once: the old page goes, `fallback` stands where
 * the new page will be, and there is no field to type into until the page that keeps it is there.
 *
 * Call it once per page (at module level): each call is a new component type, so two routes that
 * show the same page share one result to keep the page mounted when moving between them.
 */
export function lazyPage(load: () => Promise<ComponentType>, fallback: ReactNode): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  function LazyPage() {
    return (
      <Suspense fallback={fallback}>
        <Page />
      </Suspense>
    );
  }
  return LazyPage;
}
