/** Route paths in one place (Swedish URLs: the users' language). */
export const paths = {
  home: '/',
  caseload: '/deltagare',
  referrals: '/remisser',
  reports: '/rapporter',
  admin: '/admin',
  accessibility: '/tillganglighet',
} as const;
