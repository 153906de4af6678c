/** Route paths in one place (Swedish URLs: the users' language). */
export const paths = {
  home: '/',
  caseload: '/deltagare',
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

/** `/deltagare/:participantId/matning/ny?enrollment=…` */
export function recordAssessmentPath(participantId: string, enrollmentId: string): string {
  return `${paths.caseload}/${encodeURIComponent(participantId)}/matning/ny?enrollment=${encodeURIComponent(enrollmentId)}`;
}


/** `/remisser/:referralId` */
export function referralPath(referralId: string): string {
  return `${paths.referrals}/${encodeURIComponent(referralId)}`;
}

/** `/admin/anvandare/:userId` */
export function adminUserPath(userId: string): string {
  return `/admin/anvandare/${encodeURIComponent(userId)}`;
}
