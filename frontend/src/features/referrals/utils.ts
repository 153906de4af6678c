import type { TFunction } from 'i18next';
import type { TagProps } from '@navikt/ds-react';
import { isApiProblem } from '@/lib/api-problem';
import { isIsoDate, todayIso } from '@/lib/dates';
import type {
  ConsentPurpose,
  DecisionInput,
  DecisionOutcome,
  EmploymentStatus,
  IncomeSource,
  Referral,
  ReferralInput,
  ReferralStatus,
  Sex,
} from './api/referrals';

/** Aksel status colour per referral status. */
export const STATUS_COLOR: Record<ReferralStatus, NonNullable<TagProps['data-color']>> = {
  submitted: 'info',
  screened: 'accent',
  accepted: 'success',
  declined: 'danger',
  on_hold: 'warning',
  withdrawn: 'neutral',
  enrolled: 'success',
};

/** The referrer may withdraw until the referral is accepted. */
export function canWithdraw(status: ReferralStatus): boolean {
  return status === 'submitted' || status === 'screened' || status === 'on_hold';
}

export function canScreen(status: ReferralStatus): boolean {
  return status === 'submitted' || status === 'screened' || status === 'on_hold';
}

export function canDecide(status: ReferralStatus): boolean {
  return status === 'screened' || status === 'on_hold';
}

export function canEnroll(status: ReferralStatus): boolean {
  return status === 'accepted';
}

/** 409 with `type` ending in `capacity-exceeded`: the municipality is full, a project manager may override with a reason. */
export function isCapacityExceeded(error: unknown): boolean {
  return isApiProblem(error) && error.status === 409 && error.type.endsWith('capacity-exceeded');
}

/** Name of the person, or undefined when the referral has none (anonymous). */
export function personName(person: Referral['person']): string | undefined {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ').trim();
  return name || undefined;
}

/** Screened referrals grouped by review board date, earliest meeting first (no date last). */
export function groupByBoardDate(referrals: readonly Referral[]): [string | null, Referral[]][] {
  const groups = new Map<string | null, Referral[]>();
  for (const r of referrals) {
    const key = r.boardMeetingDate ?? null;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
}

export function eligibilitySummary(referral: Referral): { passed: number; total: number } {
  return { passed: referral.eligibility.filter((e) => e.passed).length, total: referral.eligibility.length };
}

// the default namespace's t: ReturnType<typeof useTranslation> spans every namespace and is too deep for tsc (TS2589)
type Translate = TFunction<'translation'>;

// ---- decision ----

export interface DecisionValues {
  outcome: DecisionOutcome | '';
  decidedOn: string;
  reason: string;
  plannedStartDate: string;
  groupStartName: string;
}

export type DecisionField = keyof DecisionValues;

export function validateDecision(v: DecisionValues, t: Translate): Partial<Record<DecisionField, string>> {
  const errors: Partial<Record<DecisionField, string>> = {};
  if (!v.outcome) errors.outcome = t('referrals.decision.errors.outcome');
  if (!isIsoDate(v.decidedOn)) errors.decidedOn = t('common.errors.date');
  if ((v.outcome === 'declined' || v.outcome === 'on_hold') && !v.reason.trim()) errors.reason = t('referrals.decision.errors.reason');
  if (v.outcome === 'accepted' && v.plannedStartDate && !isIsoDate(v.plannedStartDate)) errors.plannedStartDate = t('common.errors.date');
  return errors;
}

export function toDecisionInput(v: DecisionValues): DecisionInput {
  const accepted = v.outcome === 'accepted';
  return {
    outcome: v.outcome as DecisionOutcome,
    decidedOn: v.decidedOn,
    reason: v.reason.trim() || null,
    plannedStartDate: accepted && v.plannedStartDate ? v.plannedStartDate : null,
    groupStartName: accepted && v.groupStartName.trim() ? v.groupStartName.trim() : null,
  };
}

// ---- submit ----

export interface ReferralFormValues {
  projectId: string;
  municipalityCode: string;
  anonymous: boolean;
  identityNumber: string;
  sex: Sex | '';
  birthYear: string;
  firstName: string;
  lastName: string;
  homeMunicipalityCode: string;
  caseworkerName: string;
  caseworkerEmail: string;
  caseworkerPhone: string;
  reason: string;
  background: string;
  knownToOrganisationIds: string[];
  employmentStatus: EmploymentStatus | '';
  extentPct: string;
  incomeSources: IncomeSource[];
  monthsOnPublicSupport: string;
  purposes: ConsentPurpose[];
  givenOn: string;
  formReference: string;
}

/** The API's field names (`errors[].field`) for each form field. */
export const REFERRAL_FIELD_PATHS: Record<keyof ReferralFormValues, string> = {
  projectId: 'projectId',
  municipalityCode: 'municipalityCode',
  anonymous: 'person.anonymous',
  identityNumber: 'person.identityNumber',
  sex: 'person.sex',
  birthYear: 'person.birthYear',
  firstName: 'person.firstName',
  lastName: 'person.lastName',
  homeMunicipalityCode: 'person.homeMunicipalityCode',
  caseworkerName: 'caseworker.name',
  caseworkerEmail: 'caseworker.email',
  caseworkerPhone: 'caseworker.phone',
  reason: 'reason',
  background: 'background',
  knownToOrganisationIds: 'knownToOrganisationIds',
  employmentStatus: 'susEntry.employmentStatus',
  extentPct: 'susEntry.extentPct',
  incomeSources: 'susEntry.incomeSources',
  monthsOnPublicSupport: 'susEntry.monthsOnPublicSupport',
  purposes: 'consent.purposes',
  givenOn: 'consent.givenOn',
  formReference: 'consent.formReference',
};

/** Maps the API's field errors to form fields; `consent.purposes[0]` counts as `consent.purposes`. Unmatched ones are returned apart. */
export function mapReferralFieldErrors(server: Record<string, string>): {
  fields: Partial<Record<keyof ReferralFormValues, string>>;
  other: [string, string][];
} {
  const byPath = new Map(Object.entries(REFERRAL_FIELD_PATHS).map(([field, path]) => [path, field as keyof ReferralFormValues]));
  const fields: Partial<Record<keyof ReferralFormValues, string>> = {};
  const other: [string, string][] = [];
  for (const [path, message] of Object.entries(server)) {
    const field = byPath.get(path) ?? byPath.get(path.replace(/\[\d+\]$/, '')) ?? (path === 'consent' ? 'purposes' : undefined);
    if (field && !fields[field]) fields[field] = message;
    else if (!field) other.push([path, message]);
  }
  return { fields, other };
}

const IDENTITY_NUMBER = /^(\d{8})-?(\d{4})$/;

/** Personnummer or samordningsnummer written ÅÅÅÅMMDD-NNNN with a valid Luhn check digit. */
export function isValidIdentityNumber(value: string): boolean {
  const match = IDENTITY_NUMBER.exec(value.trim());
  if (!match) return false;
  const digits = (match[1]!.slice(2) + match[2]!).split('').map(Number);
  const sum = digits.reduce((acc, d, i) => {
    const product = i % 2 === 0 ? d * 2 : d;
    return acc + (product > 9 ? product - 9 : product);
  }, 0);
  return sum % 10 === 0;
}

function isWholeNumber(value: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(value.trim())) return false;
  const n = Number(value);
  return n >= min && n <= max;
}

export function validateReferral(v: ReferralFormValues, t: Translate, thisYear = Number(todayIso().slice(0, 4))) {
  const errors: Partial<Record<keyof ReferralFormValues, string>> = {};
  if (!v.projectId) errors.projectId = t('referrals.form.errors.project');
  if (!v.municipalityCode) errors.municipalityCode = t('referrals.form.errors.municipality');
  if (!v.anonymous && !isValidIdentityNumber(v.identityNumber)) errors.identityNumber = t('referrals.form.errors.identityNumber');
  if (!v.sex) errors.sex = t('referrals.form.errors.sex');
  if (v.anonymous && !isWholeNumber(v.birthYear, 1900, thisYear)) errors.birthYear = t('referrals.form.errors.birthYear');
  if (!v.caseworkerName.trim()) errors.caseworkerName = t('referrals.form.errors.caseworkerName');
  if (v.caseworkerEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.caseworkerEmail.trim()))
    errors.caseworkerEmail = t('referrals.form.errors.email');
  if (!v.reason.trim()) errors.reason = t('referrals.form.errors.reason');
  if (v.extentPct && !isWholeNumber(v.extentPct, 0, 100)) errors.extentPct = t('referrals.form.errors.extent');
  if (v.monthsOnPublicSupport && !isWholeNumber(v.monthsOnPublicSupport, 0, 1200)) errors.monthsOnPublicSupport = t('referrals.form.errors.months');
  if ((v.extentPct || v.incomeSources.length > 0 || v.monthsOnPublicSupport) && !v.employmentStatus)
    errors.employmentStatus = t('referrals.form.errors.employment');
  if (!v.purposes.includes('participation_sharing')) errors.purposes = t('referrals.form.errors.consent');
  if (!isIsoDate(v.givenOn)) errors.givenOn = t('common.errors.date');
  return errors;
}

const orNull = (value: string) => value.trim() || null;

/** The request body. The identity number is sent only when the person is not anonymous. */
export function toReferralInput(v: ReferralFormValues): ReferralInput {
  return {
    projectId: v.projectId,
    municipalityCode: v.municipalityCode,
    person: {
      ...(v.anonymous ? {} : { identityNumber: v.identityNumber.trim() }),
      firstName: orNull(v.firstName),
      lastName: orNull(v.lastName),
      sex: v.sex as Sex,
      birthYear: v.anonymous ? Number(v.birthYear) : null,
      homeMunicipalityCode: v.homeMunicipalityCode || null,
    },
    caseworker: {
      name: v.caseworkerName.trim(),
      email: orNull(v.caseworkerEmail),
      phone: orNull(v.caseworkerPhone),
    },
    reason: v.reason.trim(),
    background: orNull(v.background),
    knownToOrganisationIds: v.knownToOrganisationIds,
    susEntry: v.employmentStatus
      ? {
          employmentStatus: v.employmentStatus,
          extentPct: v.extentPct ? Number(v.extentPct) : null,
          incomeSources: v.incomeSources,
          monthsOnPublicSupport: v.monthsOnPublicSupport ? Number(v.monthsOnPublicSupport) : null,
        }
      : null,
    consent: {
      purposes: v.purposes,
      givenOn: v.givenOn,
      // the consent to share covers the agencies that know the person
      organisationIds: v.knownToOrganisationIds,
      formReference: orNull(v.formReference),
    },
  };
}
