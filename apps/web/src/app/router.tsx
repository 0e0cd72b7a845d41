import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { paths } from '@/config/paths';
import { NotFoundPage } from './routes/not-found-page';
import { RootRoute } from './routes/root-route';
import { RouteErrorBoundary } from './routes/route-error-boundary';

/** A route whose component is its own chunk, loaded when the route is first visited. */
function lazyPage(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}

// Paths below the protected layout are relative to '/'.
const child = (path: string) => path.replace(/^\//, '');

export const routes: RouteObject[] = [
  {
    Component: RootRoute,
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: FullPageSpin,
    children: [
      {
        path: paths.login.path,
        ...lazyPage(() => import('@/features/auth/pages/login-page').then((m) => m.LoginPage)),
      },
      {
        path: paths.forgotPassword.path,
        ...lazyPage(() =>
          import('@/features/auth/pages/forgot-password-page').then((m) => m.ForgotPasswordPage),
        ),
      },
      // Certificate verification is public: no login, no member layout.
      {
        path: paths.verify.path,
        ...lazyPage(() => import('@/features/verify/pages/verify-page').then((m) => m.VerifyPage)),
      },
      {
        path: paths.verifyNumber.path,
        ...lazyPage(() => import('@/features/verify/pages/verify-page').then((m) => m.VerifyPage)),
      },
      {
        path: paths.home.path,
        ...lazyPage(() => import('./routes/protected-layout').then((m) => m.ProtectedLayout)),
        children: [
          {
            // Inside the layout, so a page that fails keeps the header and navigation.
            ErrorBoundary: RouteErrorBoundary,
            children: [
              {
                index: true,
                ...lazyPage(() =>
                  import('@/features/home/pages/home-page').then((m) => m.HomePage),
                ),
              },
              {
                path: child(paths.changePassword.path),
                ...lazyPage(() =>
                  import('@/features/auth/pages/change-password-page').then(
                    (m) => m.ChangePasswordPage,
                  ),
                ),
              },
              {
                path: child(paths.announcements.path),
                ...lazyPage(() =>
                  import('@/features/announcements/pages/announcements-page').then(
                    (m) => m.AnnouncementsPage,
                  ),
                ),
              },
              {
                path: child(paths.announcement.path),
                ...lazyPage(() =>
                  import('@/features/announcements/pages/announcement-detail-page').then(
                    (m) => m.AnnouncementDetailPage,
                  ),
                ),
              },
              {
                path: child(paths.notifications.path),
                ...lazyPage(() =>
                  import('@/features/notifications/pages/notifications-page').then(
                    (m) => m.NotificationsPage,
                  ),
                ),
              },
              {
                path: child(paths.accountSettings.path),
                ...lazyPage(() =>
                  import('@/features/account/pages/account-settings-page').then(
                    (m) => m.AccountSettingsPage,
                  ),
                ),
              },
              {
                path: child(paths.profile.path),
                ...lazyPage(() =>
                  import('@/features/profile/pages/profile-page').then((m) => m.ProfilePage),
                ),
              },
              {
                path: child(paths.profileBasic.path),
                ...lazyPage(() =>
                  import('@/features/profile/pages/basic-info-page').then((m) => m.BasicInfoPage),
                ),
              },
              {
                path: child(paths.profileSection.path),
                ...lazyPage(() =>
                  import('@/features/profile/pages/section-page').then((m) => m.SectionPage),
                ),
              },
              {
                path: child(paths.cards.path),
                ...lazyPage(() =>
                  import('@/features/cards/pages/cards-page').then((m) => m.CardsPage),
                ),
              },
              {
                path: child(paths.cardApply.path),
                ...lazyPage(() =>
                  import('@/features/cards/pages/card-apply-page').then((m) => m.CardApplyPage),
                ),
              },
              {
                path: child(paths.cardApplication.path),
                ...lazyPage(() =>
                  import('@/features/cards/pages/card-application-page').then(
                    (m) => m.CardApplicationPage,
                  ),
                ),
              },
              {
                path: child(paths.cardManagement.path),
                ...lazyPage(() =>
                  import('@/features/cards/pages/card-management-page').then(
                    (m) => m.CardManagementPage,
                  ),
                ),
              },
              {
                path: child(paths.certificates.path),
                ...lazyPage(() =>
                  import('@/features/certificates/pages/certificates-page').then(
                    (m) => m.CertificatesPage,
                  ),
                ),
              },
              {
                path: child(paths.certificateApply.path),
                ...lazyPage(() =>
                  import('@/features/certificates/pages/certificate-apply-page').then(
                    (m) => m.CertificateApplyPage,
                  ),
                ),
              },
              {
                path: child(paths.certificate.path),
                ...lazyPage(() =>
                  import('@/features/certificates/pages/certificate-page').then(
                    (m) => m.CertificatePage,
                  ),
                ),
              },
              {
                path: child(paths.tickets.path),
                ...lazyPage(() =>
                  import('@/features/tickets/pages/tickets-page').then((m) => m.TicketsPage),
                ),
              },
              {
                path: child(paths.newTicket.path),
                ...lazyPage(() =>
                  import('@/features/tickets/pages/new-ticket-page').then((m) => m.NewTicketPage),
                ),
              },
              {
                path: child(paths.ticket.path),
                ...lazyPage(() =>
                  import('@/features/tickets/pages/ticket-page').then((m) => m.TicketPage),
                ),
              },
              {
                path: child(paths.roster.path),
                ...lazyPage(() =>
                  import('@/features/roster/pages/roster-page').then((m) => m.RosterPage),
                ),
              },
              {
                path: child(paths.help.path),
                ...lazyPage(() =>
                  import('@/features/help/pages/help-page').then((m) => m.HelpPage),
                ),
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
