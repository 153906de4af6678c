import i18n from 'i18next';
import { CALENDAR_ZONE, isIsoDate } from '@/lib/dates';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv';
import { en } from './en';
import { svGroups } from './sv-groups';
import { enGroups } from './en-groups';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';

const STORAGE_KEY = 'stegvis.language';

/** BCP 47 locale used for Intl formatting per UI language (Swedish formats by default). */
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * Namespaces: `translation` for the app and its first features; later features get their own (`groups`: groups,
 * attendance, SIP, well-being) because one ever-growing key union makes TypeScript give up on typed `t()` (TS2589).
 */
export const NAMESPACES = ['translation', 'groups'] as const;
export const resources = { sv: { translation: sv, groups: svGroups }, en: { translation: en, groups: enGroups } } as const;

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export function currentLocale(): string {
  return LOCALES[currentLanguage()];
}

i18n.on('languageChanged', (lng) => {
  // the page's lang attribute follows the UI language (WCAG 3.1.1)
  document.documentElement.lang = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for the session
  }
});

export function initI18n(lng: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      ns: NAMESPACES,
      defaultNS: 'translation',
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
    document.documentElement.lang = lng;
  }
  return i18n;
}

/**
 * A calendar date (`YYYY-MM-DD`) is written as that very day, and a moment (an ISO timestamp or a Date) as the day
 * and time it was in Sweden, whatever zone the browser is set to, so every user sees the dates the API judges by.
 */
export function formatDate(value: string | Date, options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' }) {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  // `new Date('2026-11-30')` is midnight UTC, so a calendar date is read back in UTC
  const timeZone = typeof value === 'string' && isIsoDate(value) ? 'UTC' : CALENDAR_ZONE;
  return new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone }).format(date);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(currentLocale(), options).format(value);
}

export { i18n };
