import { svCase } from './sv-case';
import { svReferrals } from './sv-referrals';
import { svAdmin } from './sv-admin';
import { svReports } from './sv-reports';
/** Swedish texts (default language). `en.ts` must have the same keys (checked by the type). */
export const sv = {
  app: {
    name: 'Stegvis',
    tagline: 'Ärendehantering och progression för samordningsförbund',
    loading: 'Laddar …',
    skipToContent: 'Hoppa till huvudinnehållet',
    documentTitle: '{{page}} – Stegvis',
  },
  header: {
    signIn: 'Logga in',
    signOut: 'Logga ut',
    switchLanguage: 'English',
    switchLanguageLang: 'en',
    signedInAs: 'Inloggad som {{name}}',
  },
  nav: {
    label: 'Huvudmeny',
    caseload: 'Mina deltagare',
    referrals: 'Remisser',
    groups: 'Grupper',
    reports: 'Rapporter',
    admin: 'Administration',
  },
  roles: {
    coordinator: 'Samordnare',
    'project-manager': 'Projektledare',
    'partner-caseworker': 'Handläggare',
    'partner-system': 'Partnersystem',
    analyst: 'Analytiker',
    admin: 'Administratör',
    none: 'Ingen roll',
  },
  start: {
    title: 'Välkommen till Stegvis',
    intro:
      'Stegvis är samordningsförbundets stöd för att följa deltagarnas väg mot arbete eller studier: remisser, insatser, handlingsplaner och progressionsmätningar.',
    signInHelp: 'Logga in med ditt konto hos samordningsförbundet.',
    signIn: 'Logga in',
    signingIn: 'Loggar in …',
    loginUnavailableTitle: 'Inloggningen går inte att nå just nu',
    loginUnavailable:
      'Vi kunde inte kontakta inloggningstjänsten. Försök igen om en stund. Om felet kvarstår, kontakta din administratör.',
    loginFailedTitle: 'Inloggningen misslyckades',
    loginFailed: 'Något gick fel vid inloggningen. Försök logga in igen.',
    renewalFailedTitle: 'Inloggningen kunde inte förnyas',
    renewalFailedUntil:
      'Inloggningstjänsten svarar inte just nu. Du kan fortsätta arbeta till klockan {{time}}; spara det du skriver innan dess. Därefter behöver du logga in igen.',
    renewalFailed:
      'Inloggningstjänsten svarar inte just nu. Du kan fortsätta arbeta en stund till; spara det du skriver. Därefter behöver du logga in igen.',
    renewalRetry: 'Försök igen',
    timeLocale: 'sv-SE',
    noAccessTitle: 'Ditt konto saknar behörighet',
    noAccess: 'Du är inloggad men har ingen roll i Stegvis. Kontakta din administratör.',
  },
  errors: {
    title: 'Något gick fel',
    unknown: 'Ett oväntat fel inträffade. Försök igen.',
    network: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    retry: 'Försök igen',
    reference: 'Felreferens: {{instance}}',
  },
  forbidden: {
    title: 'Du har inte behörighet till sidan',
    body: 'Din roll ger inte tillgång till den här delen av Stegvis.',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Sidan du söker finns inte eller har flyttats. Kontrollera adressen.',
    backHome: 'Till startsidan',
  },
  comingSoon: {
    body: 'Den här delen av Stegvis är under uppbyggnad.',
  },
  caseload: {
    followUps: {
      title: 'Uppföljning efter avslut',
      empty: 'Ingen uppföljning efter avslut att göra just nu.',
      errorTitle: 'Det gick inte att hämta uppföljningarna',
      exited: 'avslutad {{date}}',
    },
    title: 'Mina deltagare',
    loading: 'Hämtar dina deltagare …',
    summaryLabel: 'Sammanfattning av dina deltagare',
    counts: { total: 'Inskrivna deltagare' },
    flags: {
      assessment_due: 'Mätning inom 14 dagar',
      assessment_overdue: 'Mätning försenad',
      no_job_focused_intervention: 'Saknar arbetsinriktad insats',
      no_active_intervention: 'Ingen pågående insats',
      plan_follow_up_due: 'Handlingsplan ska följas upp',
      end_approaching: 'Slutdatum inom 30 dagar',
      follow_up_due: 'Uppföljning efter avslut',
    },
    filter: { label: 'Visa deltagare med', all: 'Alla' },
    columns: {
      name: 'Deltagare',
      project: 'Projekt',
      phase: 'Fas',
      startDate: 'Inskriven',
      plannedEndDate: 'Planerat slut',
      nextAssessmentDue: 'Nästa mätning',
      interventions: 'Pågående insatser',
      flags: 'Att göra',
    },
    phases: { mapping: 'Kartläggning', activity: 'Aktivitet', trial: 'Arbetsprövning', exit: 'Avslut' },
    categories: { job_focused: 'Arbetsinriktad', competence: 'Kompetens', health: 'Hälsa', social: 'Social' },
    unnamed: 'Deltagare utan namn (född {{birthYear}})',
    notScheduled: 'Ej planerad',
    noneActive: 'Inga',
    noFlags: 'Inget att åtgärda',
    empty: 'Du har inga inskrivna deltagare just nu.',
    emptyFiltered: 'Inga deltagare matchar filtret.',
    errorTitle: 'Det gick inte att hämta dina deltagare',
    showing: 'Visar {{shown}} av {{total}} deltagare',
    tableCaption: 'Mina deltagare',
  },
  ...svCase,
  ...svReferrals,
  ...svAdmin,
  ...svReports,
  footer: {
    accessibility: 'Tillgänglighetsredogörelse',
    label: 'Sidfot',
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    intro:
      'Stegvis ska kunna användas av alla. Den här redogörelsen beskriver hur webbtjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister.',
    statusHeading: 'Hur tillgänglig är webbtjänsten?',
    status:
      'Vi strävar efter att webbtjänsten ska uppfylla WCAG 2.1 nivå AA. Tjänsten är under utveckling och har ännu inte granskats av en oberoende part, så den kan delvis sakna stöd för tillgänglighet.',
    knownIssuesHeading: 'Kända brister',
    knownIssues: 'Diagram och rapporter är under utveckling och har ännu inte textalternativ i alla delar.',
    reportHeading: 'Rapportera brister i tillgängligheten',
    report:
      'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta oss så återkommer vi så snart vi kan.',
    reportLink: 'Skicka e-post till {{email}}',
    reportSubject: 'Tillgänglighet i Stegvis',
    enforcementHeading: 'Tillsyn',
    enforcement:
      'Myndigheten för digital förvaltning (Digg) har ansvar för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg.',
    enforcementLink: 'Anmäl till Digg',
    assessmentHeading: 'Hur vi testat webbtjänsten',
    assessment:
      'Vi testar tjänsten med automatiska verktyg (axe) och manuellt med tangentbord och skärmläsare. Redogörelsen uppdaterades senast {{date}}.',
  },
};
