import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { lazyPage } from '@lx/ui/lazy-page';
import { BASENAME, paths } from '@/config/paths';
import { FullPageSpin } from '@/components/full-page-spin';
import { NotFoundResult } from '@/components/not-found-result';
import { CONSOLE_SECTIONS } from './console-sections';
import type { ConsoleRouteHandle } from './route-handle';
import { RouteErrorPage } from './route-error-page';

/** A page that is its own chunk, loaded when the route is first visited. */
function page(load: () => Promise<ComponentType>) {
  return lazyPage(load, <FullPageSpin />);
}

function consoleRoute(
  path: string,
  handle: ConsoleRouteHandle,
  load: () => Promise<ComponentType>,
): RouteObject {
  return path === '/'
    ? { index: true, handle, Component: page(load) }
    : { path, handle, Component: page(load) };
}

const sectionRoutes: RouteObject[] = CONSOLE_SECTIONS.flatMap((section) => [
  consoleRoute(
    section.path,
    { title: section.label, permission: section.permission },
    section.load,
  ),
  ...(section.subpages ?? []).map((sub) =>
    consoleRoute(sub.path, { title: sub.title, permission: section.permission }, sub.load),
  ),
]);

// Each page is its own chunk: the login page loads neither the console layout nor any console page.
export function createRouter() {
  return createBrowserRouter(
    [
      {
        id: 'root',
        ErrorBoundary: RouteErrorPage,
        children: [
          {
            path: paths.login.path,
            handle: { title: '工作人员登录' } satisfies ConsoleRouteHandle,
            Component: page(() =>
              import('@/features/auth/pages/login-page').then((m) => m.LoginPage),
            ),
          },
          {
            Component: page(() => import('./layout/console-gate').then((m) => m.ConsoleGate)),
            children: [
              {
                // Errors of a page show inside the layout, so the menu stays usable.
                ErrorBoundary: RouteErrorPage,
                children: [
                  ...sectionRoutes,
                  consoleRoute(paths.notifications.path, { title: '消息通知' }, () =>
                    import('@/features/notifications/pages/notifications-page').then(
                      (m) => m.NotificationsPage,
                    ),
                  ),
                  consoleRoute(paths.changePassword.path, { title: '修改密码' }, () =>
                    import('@/features/auth/pages/change-password-page').then(
                      (m) => m.ChangePasswordPage,
                    ),
                  ),
                  {
                    path: '*',
                    handle: { title: '页面不存在' } satisfies ConsoleRouteHandle,
                    Component: NotFoundResult,
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    { basename: BASENAME },
  );
}
