/** Route paths in one place (Swedish URLs: the users' language). */
export const paths = {
  home: '/',
  caseload: '/deltagare',
  groups: '/grupper',
  referrals: '/remisser',
  referralBoard: '/remisser/beredning',
  newReferral: '/remisser/ny',
  reports: '/rapporter',
  reportPrint: '/rapporter/periodrapport',
  admin: '/admin',
  adminNewUser: '/admin/anvandare/ny',
  accessibility: '/tillganglighet',
} as const;

/** `/deltagare/:participantId`, optionally with the enrollment to show. */
export function participantPath(participantId: string, enrollmentId?: string): string {
  const base = `${paths.caseload}/${encodeURIComponent(participantId)}`;
  return enrollmentId ? `${base}?inskrivning=${encodeURIComponent(enrollmentId)}` : base;
}

/** `/deltagare/:participantId/matning/ny?enrollment=…[&instrument=…]` (the instrument is preselected when given). */
export function recordAssessmentPath(participantId: string, enrollmentId: string, instrumentId?: string): string {
  const base = `${paths.caseload}/${encodeURIComponent(participantId)}/matning/ny?enrollment=${encodeURIComponent(enrollmentId)}`;
  return instrumentId ? `${base}&instrument=${encodeURIComponent(instrumentId)}` : base;
}

/** `/grupper/:groupId` */
export function groupPath(groupId: string): string {
  return `${paths.groups}/${encodeURIComponent(groupId)}`;
}

/** `/grupper/:groupId/traffar/:sessionId/narvaro`: take attendance for one session. */
export function sessionAttendancePath(groupId: string, sessionId: string): string {
  return `${groupPath(groupId)}/traffar/${encodeURIComponent(sessionId)}/narvaro`;
}


/** `/remisser/:referralId` */
export function referralPath(referralId: string): string {
  return `${paths.referrals}/${encodeURIComponent(referralId)}`;
}

/** `/admin/anvandare/:userId` */
export function adminUserPath(userId: string): string {
  return `/admin/anvandare/${encodeURIComponent(userId)}`;
}
