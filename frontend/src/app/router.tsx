import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { rolesFor } from './navigation';
import { paths } from './paths';
import { NotFoundRoute } from './routes/not-found';
import { Protected } from './routes/protected';
import { RouteError } from './routes/route-error';
import { StartRoute } from './routes/start';

/*
 * Each screen is its own chunk, fetched on first visit (the layout's Suspense shows a loader),
 * so signing in does not download every feature, recharts and all.
 */
const AccessibilityRoute = lazy(() => import('./routes/accessibility').then((m) => ({ default: m.AccessibilityRoute })));
const AdminRoute = lazy(() => import('./routes/admin').then((m) => ({ default: m.AdminRoute })));
const EditUserRoute = lazy(() => import('./routes/admin').then((m) => ({ default: m.EditUserRoute })));
const NewUserRoute = lazy(() => import('./routes/admin').then((m) => ({ default: m.NewUserRoute })));
const CaseloadRoute = lazy(() => import('./routes/caseload').then((m) => ({ default: m.CaseloadRoute })));
const ParticipantRoute = lazy(() => import('./routes/participant').then((m) => ({ default: m.ParticipantRoute })));
const RecordAssessmentRoute = lazy(() => import('./routes/record-assessment').then((m) => ({ default: m.RecordAssessmentRoute })));
const NewReferralRoute = lazy(() => import('./routes/referrals').then((m) => ({ default: m.NewReferralRoute })));
const ReferralBoardRoute = lazy(() => import('./routes/referrals').then((m) => ({ default: m.ReferralBoardRoute })));
const ReferralRoute = lazy(() => import('./routes/referrals').then((m) => ({ default: m.ReferralRoute })));
const GroupsRoute = lazy(() => import('./routes/groups').then((m) => ({ default: m.GroupsRoute })));
const GroupRoute = lazy(() => import('./routes/groups').then((m) => ({ default: m.GroupRoute })));
const SessionAttendanceRoute = lazy(() => import('./routes/groups').then((m) => ({ default: m.SessionAttendanceRoute })));
const ReferralsRoute = lazy(() => import('./routes/referrals').then((m) => ({ default: m.ReferralsRoute })));
const ReportsRoute = lazy(() => import('./routes/reports').then((m) => ({ default: m.ReportsRoute })));
const PeriodReportRoute = lazy(() => import('./routes/reports').then((m) => ({ default: m.PeriodReportRoute })));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home, element: <StartRoute /> },
      { path: paths.accessibility, element: <AccessibilityRoute /> },
      {
        path: paths.caseload,
        element: (
          <Protected roles={rolesFor('caseload')}>
            <CaseloadRoute />
          </Protected>
        ),
      },
      {
        path: `${paths.caseload}/:participantId`,
        element: (
          <Protected roles={rolesFor('caseload')}>
            <ParticipantRoute />
          </Protected>
        ),
      },
      {
        path: `${paths.caseload}/:participantId/matning/ny`,
        element: (
          <Protected roles={rolesFor('caseload')}>
            <RecordAssessmentRoute />
          </Protected>
        ),
      },
      {
        path: paths.groups,
        element: (
          <Protected roles={rolesFor('groups')}>
            <GroupsRoute />
          </Protected>
        ),
      },
      {
        path: `${paths.groups}/:groupId`,
        element: (
          <Protected roles={rolesFor('groups')}>
            <GroupRoute />
          </Protected>
        ),
      },
      {
        path: `${paths.groups}/:groupId/traffar/:sessionId/narvaro`,
        element: (
          <Protected roles={rolesFor('groups')}>
            <SessionAttendanceRoute />
          </Protected>
        ),
      },
      {
        path: paths.referrals,
        element: (
          <Protected roles={rolesFor('referrals')}>
            <ReferralsRoute />
          </Protected>
        ),
      },
      {
        path: paths.referralBoard,
        element: (
          <Protected roles={['project-manager']}>
            <ReferralBoardRoute />
          </Protected>
        ),
      },
      {
        path: paths.newReferral,
        element: (
          <Protected roles={['partner-caseworker']}>
            <NewReferralRoute />
          </Protected>
        ),
      },
      {
        path: `${paths.referrals}/:referralId`,
        element: (
          <Protected roles={rolesFor('referrals')}>
            <ReferralRoute />
          </Protected>
        ),
      },
      {
        path: paths.reports,
        element: (
          <Protected roles={rolesFor('reports')}>
            <ReportsRoute />
          </Protected>
        ),
      },
      {
        path: paths.reportPrint,
        element: (
          <Protected roles={rolesFor('reports')}>
            <PeriodReportRoute />
          </Protected>
        ),
      },
      {
        path: paths.admin,
        element: (
          <Protected roles={rolesFor('admin')}>
            <AdminRoute />
          </Protected>
        ),
      },
      {
        path: paths.adminNewUser,
        element: (
          <Protected roles={rolesFor('admin')}>
            <NewUserRoute />
          </Protected>
        ),
      },
      {
        path: `${paths.admin}/anvandare/:userId`,
        element: (
          <Protected roles={rolesFor('admin')}>
            <EditUserRoute />
          </Protected>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
