import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { rolesFor } from './navigation';
import { paths } from './paths';
import { AccessibilityRoute } from './routes/accessibility';
import { AdminRoute, EditUserRoute, NewUserRoute } from './routes/admin';
import { CaseloadRoute } from './routes/caseload';
import { ComingSoonRoute } from './routes/coming-soon';
import { GroupRoute, GroupsRoute, SessionAttendanceRoute } from './routes/groups';
import { ParticipantRoute } from './routes/participant';
import { RecordAssessmentRoute } from './routes/record-assessment';
import { NewReferralRoute, ReferralBoardRoute, ReferralRoute, ReferralsRoute } from './routes/referrals';
import { NotFoundRoute } from './routes/not-found';
import { Protected } from './routes/protected';
import { RouteError } from './routes/route-error';
import { StartRoute } from './routes/start';

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
            <ComingSoonRoute section="reports" />
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
