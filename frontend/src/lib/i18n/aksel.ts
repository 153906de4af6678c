import type { ProviderProps } from '@navikt/ds-react';
import { en } from '@navikt/ds-react/locales';
import { sv as svDateLocale } from 'date-fns/locale';
import type { Language } from './index';

/** Aksel's complete set of built-in texts (its own type is `Translations`, the shape of its `nb` locale). */
export type AkselTranslations = NonNullable<ProviderProps['locale']>;

/**
 * Aksel ships nb, nn and en only; without a locale its components speak Norwegian ("tegn igjen", "Velg dato").
 * These are its built-in texts in Swedish, for every component (the Provider's `locale` must be complete).
 */
export const akselSv: AkselTranslations = {
  global: {
    dateLocale: svDateLocale,
    showMore: 'Visa mer',
    showLess: 'Visa mindre',
    readOnly: 'Skrivskyddad',
    close: 'Stäng',
    error: 'Fel',
    info: 'Information',
    success: 'Klart',
    warning: 'Varning',
    announcement: 'Meddelande',
  },
  Chips: {
    Removable: {
      labelSuffix: 'ta bort',
    },
  },
  Combobox: {
    addOption: 'Lägg till',
    noMatches: 'Inga träffar',
    loading: 'Söker …',
    maxSelected: '{selected} av högst {limit} är valda.',
  },
  CopyButton: {
    title: 'Kopiera',
    activeText: 'Kopierat!',
  },
  DatePicker: {
    chooseDate: 'Välj datum',
    chooseDates: 'Välj datum',
    chooseDateRange: 'Välj start- och slutdatum',
    chooseMonth: 'Välj månad',
    week: 'Vecka',
    weekNumber: 'Vecka {week}',
    selectWeekNumber: 'Välj vecka {week}',
    month: 'Månad',
    goToNextMonth: 'Gå till nästa månad',
    goToPreviousMonth: 'Gå till föregående månad',
    year: 'År',
    goToNextYear: 'Gå till nästa år',
    goToPreviousYear: 'Gå till föregående år',
    openDatePicker: 'Öppna datumväljaren',
    openMonthPicker: 'Öppna månadsväljaren',
    closeDatePicker: 'Stäng datumväljaren',
    closeMonthPicker: 'Stäng månadsväljaren',
  },
  ErrorSummary: {
    heading: 'Du behöver rätta följande innan du kan fortsätta:',
  },
  FileUpload: {
    dropzone: {
      button: 'Välj fil',
      buttonMultiple: 'Välj filer',
      dragAndDrop: 'Dra och släpp filen här',
      dragAndDropMultiple: 'Dra och släpp filerna här',
      drop: 'Släpp',
      or: 'eller',
      disabled: 'Filuppladdning är avstängd',
      disabledFilelimit: 'Du kan inte ladda upp fler filer',
    },
    item: {
      retryButtonTitle: 'Försök ladda upp filen igen',
      deleteButtonTitle: 'Ta bort filen',
      uploading: 'Laddar upp …',
      downloading: 'Laddar ner …',
    },
  },
  FormProgress: {
    step: 'Steg {activeStep} av {totalSteps}',
    showAllSteps: 'Visa alla steg',
    hideAllSteps: 'Dölj alla steg',
  },
  FormSummary: {
    editAnswer: 'Ändra svaret',
  },
  GuidePanel: {
    illustrationLabel: 'Illustration av en vägledare',
  },
  HelpText: {
    title: 'Mer information',
  },
  Loader: {
    title: 'Väntar …',
  },
  Pagination: {
    previous: 'Föregående',
    next: 'Nästa',
  },
  Process: {
    active: 'Aktiv',
  },
  ProgressBar: {
    progress: '{current} av {max}',
    progressUnknown: 'Förloppet kan inte beräknas, uppskattad tid är {seconds} sekunder.',
  },
  Search: {
    clear: 'Töm fältet',
    search: 'Sök',
  },
  Textarea: {
    maxLength: 'Textfält med högst {maxLength} tecken.',
    charsTooMany: '{chars} tecken för mycket',
    charsLeft: '{chars} tecken kvar',
  },
  Timeline: {
    dateFormat: 'yyyy-MM-dd',
    dayFormat: 'd MMM',
    monthFormat: 'MMM yyyy',
    yearFormat: 'yyyy',
    Row: {
      noPeriods: 'Inga perioder',
      period: '{start} till {end}',
    },
    Period: {
      success: 'Klart',
      warning: 'Varning',
      danger: 'Fara',
      info: 'Information',
      neutral: 'Neutral',
      period: '{status} från {start} till {end}',
    },
    Pin: {
      pin: 'Markering: {date}',
    },
    Zoom: {
      zoom: 'Zooma tidslinjen {start} till {end}',
      reset: 'Återställ zoomen',
    },
  },
  Tooltip: {
    shortcutSeparator: 'eller',
  },
};

/** The Aksel locale for the UI language (for `<Provider locale={…}>`): Swedish, or Aksel's own English. */
export function akselLocale(language: Language): AkselTranslations {
  return language === 'en' ? en : akselSv;
}
