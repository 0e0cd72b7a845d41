import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { lazyPage } from '@lx/ui/lazy-page';
import { FullPageSpin } from '@/components/full-page-spin';
import { paths } from '@/config/paths';
import { LazyNotFoundPage } from './routes/lazy-not-found-page';
import { RootRoute } from './routes/root-route';
import { RouteErrorBoundary } from './routes/route-error-boundary';

/** A route whose component is its own chunk, loaded when the route is first visited. */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'Component'> {
  return { Component: lazyPage(load, <FullPageSpin />) };
}

// One component for both addresses, so looking a number up keeps the page mounted.
const verifyPage = page(() =>
  import('@/features/verify/pages/verify-page').then((m) => m.VerifyPage),
);

// Paths below the protected layout are relative to '/'.
const child = (path: string) => path.replace(/^\//, '');

export const routes: RouteObject[] = [
  {
    Component: RootRoute,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        path: paths.login.path,
        ...page(() => import('@/features/auth/pages/login-page').then((m) => m.LoginPage)),
      },
      {
        path: paths.forgotPassword.path,
        ...page(() =>
          import('@/features/auth/pages/forgot-password-page').then((m) => m.ForgotPasswordPage),
        ),
      },
      // Certificate verification is public: no login, no member layout.
      { path: paths.verify.path, ...verifyPage },
      { path: paths.verifyNumber.path, ...verifyPage },
      {
        path: paths.home.path,
        ...page(() => import('./routes/protected-layout').then((m) => m.ProtectedLayout)),
        children: [
          {
            // Inside the layout, so a page that fails keeps the header and navigation.
            ErrorBoundary: RouteErrorBoundary,
            children: [
              {
                index: true,
                ...page(() => import('@/features/home/pages/home-page').then((m) => m.HomePage)),
              },
              {
                path: child(paths.changePassword.path),
                ...page(() =>
                  import('@/features/auth/pages/change-password-page').then(
                    (m) => m.ChangePasswordPage,
                  ),
                ),
              },
              {
                path: child(paths.announcements.path),
                ...page(() =>
                  import('@/features/announcements/pages/announcements-page').then(
                    (m) => m.AnnouncementsPage,
                  ),
                ),
              },
              {
                path: child(paths.announcement.path),
                ...page(() =>
                  import('@/features/announcements/pages/announcement-detail-page').then(
                    (m) => m.AnnouncementDetailPage,
                  ),
                ),
              },
              {
                path: child(paths.notifications.path),
                ...page(() =>
                  import('@/features/notifications/pages/notifications-page').then(
                    (m) => m.NotificationsPage,
                  ),
                ),
              },
              {
                path: child(paths.accountSettings.path),
                ...page(() =>
                  import('@/features/account/pages/account-settings-page').then(
                    (m) => m.AccountSettingsPage,
                  ),
                ),
              },
              {
                path: child(paths.profile.path),
                ...page(() =>
                  import('@/features/profile/pages/profile-page').then((m) => m.ProfilePage),
                ),
              },
              {
                path: child(paths.profileBasic.path),
                ...page(() =>
                  import('@/features/profile/pages/basic-info-page').then((m) => m.BasicInfoPage),
                ),
              },
              {
                path: child(paths.profileSection.path),
                ...page(() =>
                  import('@/features/profile/pages/section-page').then((m) => m.SectionPage),
                ),
              },
              {
                path: child(paths.cards.path),
                ...page(() => import('@/features/cards/pages/cards-page').then((m) => m.CardsPage)),
              },
              {
                path: child(paths.cardApply.path),
                ...page(() =>
                  import('@/features/cards/pages/card-apply-page').then((m) => m.CardApplyPage),
                ),
              },
              {
                path: child(paths.cardApplication.path),
                ...page(() =>
                  import('@/features/cards/pages/card-application-page').then(
                    (m) => m.CardApplicationPage,
                  ),
                ),
              },
              {
                path: child(paths.cardManagement.path),
                ...page(() =>
                  import('@/features/cards/pages/card-management-page').then(
                    (m) => m.CardManagementPage,
                  ),
                ),
              },
              {
                path: child(paths.certificates.path),
                ...page(() =>
                  import('@/features/certificates/pages/certificates-page').then(
                    (m) => m.CertificatesPage,
                  ),
                ),
              },
              {
                path: child(paths.certificateApply.path),
                ...page(() =>
                  import('@/features/certificates/pages/certificate-apply-page').then(
                    (m) => m.CertificateApplyPage,
                  ),
                ),
              },
              {
                path: child(paths.certificate.path),
                ...page(() =>
                  import('@/features/certificates/pages/certificate-page').then(
                    (m) => m.CertificatePage,
                  ),
                ),
              },
              {
                path: child(paths.events.path),
                ...page(() =>
                  import('@/features/events/pages/events-page').then((m) => m.EventsPage),
                ),
              },
              {
                path: child(paths.event.path),
                ...page(() =>
                  import('@/features/events/pages/event-page').then((m) => m.EventPage),
                ),
              },
              {
                path: child(paths.documents.path),
                ...page(() =>
                  import('@/features/documents/pages/documents-page').then((m) => m.DocumentsPage),
                ),
              },
              {
                path: child(paths.document.path),
                ...page(() =>
                  import('@/features/documents/pages/document-page').then((m) => m.DocumentPage),
                ),
              },
              {
                path: child(paths.training.path),
                ...page(() =>
                  import('@/features/training/pages/training-page').then((m) => m.TrainingPage),
                ),
              },
              {
                path: child(paths.trainingLawyer.path),
                ...page(() =>
                  import('@/features/training/pages/lawyer-training-page').then(
                    (m) => m.LawyerTrainingPage,
                  ),
                ),
              },
              {
                path: child(paths.tickets.path),
                ...page(() =>
                  import('@/features/tickets/pages/tickets-page').then((m) => m.TicketsPage),
                ),
              },
              {
                path: child(paths.newTicket.path),
                ...page(() =>
                  import('@/features/tickets/pages/new-ticket-page').then((m) => m.NewTicketPage),
                ),
              },
              {
                path: child(paths.ticket.path),
                ...page(() =>
                  import('@/features/tickets/pages/ticket-page').then((m) => m.TicketPage),
                ),
              },
              {
                path: child(paths.roster.path),
                ...page(() =>
                  import('@/features/roster/pages/roster-page').then((m) => m.RosterPage),
                ),
              },
              {
                path: child(paths.help.path),
                ...page(() => import('@/features/help/pages/help-page').then((m) => m.HelpPage)),
              },
              { path: '*', Component: LazyNotFoundPage },
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
