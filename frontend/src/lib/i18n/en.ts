import { enCase } from './en-case';
import { enReferrals } from './en-referrals';
import { enAdmin } from './en-admin';
import { enReports } from './en-reports';
import type { sv } from './sv';

/** English texts (second language). Same keys as `sv.ts`. */
export const en: typeof sv = {
  app: {
    name: 'Stegvis',
    tagline: 'Case management and progression tracking for coordination associations',
    loading: 'Loading …',
    skipToContent: 'Skip to main content',
    documentTitle: '{{page}} – Stegvis',
  },
  header: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    switchLanguage: 'Svenska',
    switchLanguageLang: 'sv',
    signedInAs: 'Signed in as {{name}}',
  },
  nav: {
    label: 'Main menu',
    caseload: 'My participants',
    referrals: 'Referrals',
    groups: 'Groups',
    reports: 'Reports',
    admin: 'Administration',
  },
  roles: {
    coordinator: 'Coordinator',
    'project-manager': 'Project manager',
    'partner-caseworker': 'Caseworker',
    'partner-system': 'Partner system',
    analyst: 'Analyst',
    admin: 'Administrator',
    none: 'No role',
  },
  start: {
    title: 'Welcome to Stegvis',
    intro:
      "Stegvis supports the coordination association in following participants' way towards work or studies: referrals, interventions, action plans and progression measurements.",
    signInHelp: "Sign in with your coordination association's account.",
    signIn: 'Sign in',
    signingIn: 'Signing in …',
    loginUnavailableTitle: 'The sign-in service cannot be reached',
    loginUnavailable:
      'We could not contact the sign-in service. Please try again in a while. If the problem persists, contact your administrator.',
    loginFailedTitle: 'Sign-in failed',
    loginFailed: 'Something went wrong while signing in. Please try again.',
    renewalFailedTitle: 'Your session could not be renewed',
    renewalFailedUntil:
      'The sign-in service is not answering right now. You can keep working until {{time}}; save what you are typing before then. After that you will need to sign in again.',
    renewalFailed:
      'The sign-in service is not answering right now. You can keep working for a while; save what you are typing. After that you will need to sign in again.',
    renewalRetry: 'Try again',
    timeLocale: 'en-GB',
    noAccessTitle: 'Your account has no access',
    noAccess: 'You are signed in but have no role in Stegvis. Contact your administrator.',
  },
  errors: {
    title: 'Something went wrong',
    unknown: 'An unexpected error occurred. Please try again.',
    network: 'The server could not be reached. Check your connection and try again.',
    retry: 'Try again',
    reference: 'Error reference: {{instance}}',
  },
  forbidden: {
    title: 'You do not have access to this page',
    body: 'Your role does not give access to this part of Stegvis.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for does not exist or has moved. Check the address.',
    backHome: 'Go to the start page',
  },
  comingSoon: {
    body: 'This part of Stegvis is under construction.',
  },
  caseload: {
    followUps: {
      title: 'Follow-up after exit',
      empty: 'No follow-ups after exit due right now.',
      errorTitle: 'Could not load the follow-ups',
      exited: 'exited {{date}}',
    },
    title: 'My participants',
    loading: 'Loading your participants …',
    summaryLabel: 'Summary of your participants',
    counts: { total: 'Enrolled participants' },
    flags: {
      assessment_due: 'Measurement within 14 days',
      assessment_overdue: 'Measurement overdue',
      no_job_focused_intervention: 'No job-focused intervention',
      no_active_intervention: 'No ongoing intervention',
      plan_follow_up_due: 'Action plan follow-up due',
      end_approaching: 'Ends within 30 days',
      follow_up_due: 'Follow-up after exit due',
    },
    filter: { label: 'Show participants with', all: 'All' },
    columns: {
      name: 'Participant',
      project: 'Project',
      phase: 'Phase',
      startDate: 'Enrolled',
      plannedEndDate: 'Planned end',
      nextAssessmentDue: 'Next measurement',
      interventions: 'Ongoing interventions',
      flags: 'To do',
    },
    phases: { mapping: 'Mapping', activity: 'Activity', trial: 'Work trial', exit: 'Exit' },
    categories: { job_focused: 'Job-focused', competence: 'Competence', health: 'Health', social: 'Social' },
    unnamed: 'Participant without name (born {{birthYear}})',
    notScheduled: 'Not scheduled',
    noneActive: 'None',
    noFlags: 'Nothing to do',
    empty: 'You have no enrolled participants right now.',
    emptyFiltered: 'No participants match the filter.',
    errorTitle: 'Your participants could not be loaded',
    showing: 'Showing {{shown}} of {{total}} participants',
    tableCaption: 'My participants',
  },
  ...enCase,
  ...enReferrals,
  ...enAdmin,
  ...enReports,
  footer: {
    accessibility: 'Accessibility statement',
    label: 'Footer',
  },
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'Stegvis is meant to be usable by everyone. This statement describes how the service meets the Swedish act (2018:1937) on accessibility to digital public services, known accessibility issues and how to report problems.',
    statusHeading: 'How accessible is the service?',
    status:
      'We aim to meet WCAG 2.1 level AA. The service is under development and has not yet been reviewed by an independent party, so parts of it may not be fully accessible.',
    knownIssuesHeading: 'Known issues',
    knownIssues: 'Charts and reports are under development and do not yet have text alternatives everywhere.',
    reportHeading: 'Report accessibility problems',
    report:
      'If you find problems not described here, or need content in another format, contact us and we will get back to you as soon as we can.',
    reportLink: 'Send an e-mail to {{email}}',
    reportSubject: 'Accessibility in Stegvis',
    enforcementHeading: 'Enforcement',
    enforcement:
      'The Agency for Digital Government (Digg) enforces the act on accessibility to digital public services. If you are not satisfied with how we handle your feedback, you can contact Digg.',
    enforcementLink: 'Report to Digg',
    assessmentHeading: 'How we tested the service',
    assessment:
      'We test the service with automated tools (axe) and manually with keyboard and screen reader. This statement was last updated on {{date}}.',
  },
};
