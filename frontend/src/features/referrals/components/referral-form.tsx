import { useState, type FormEvent, type ReactNode } from 'react';
import {
  BodyShort,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  HGrid,
  Heading,
  Radio,
  RadioGroup,
  Select,
  TextField,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { PageLoader } from '@/components/page-loader';
import { isApiProblem } from '@/lib/api-problem';
import { useMunicipalities } from '@/lib/catalogue';
import { todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import {
  CONSENT_PURPOSES,
  EMPLOYMENT_STATUSES,
  INCOME_SOURCES,
  SEXES,
  useOrganisations,
  useProjects,
  useSubmitReferral,
  type ConsentPurpose,
  type EmploymentStatus,
  type IncomeSource,
  type Referral,
  type Sex,
} from '../api/referrals';
import { mapReferralFieldErrors, toReferralInput, validateReferral, type ReferralFormValues } from '../utils';

type Field = keyof ReferralFormValues;

export function initialReferralValues(caseworker: { name?: string; email?: string } = {}): ReferralFormValues {
  return {
    projectId: '',
    municipalityCode: '',
    anonymous: false,
    identityNumber: '',
    sex: '',
    birthYear: '',
    firstName: '',
    lastName: '',
    homeMunicipalityCode: '',
    caseworkerName: caseworker.name ?? '',
    caseworkerEmail: caseworker.email ?? '',
    caseworkerPhone: '',
    reason: '',
    background: '',
    knownToOrganisationIds: [],
    employmentStatus: '',
    extentPct: '',
    incomeSources: [],
    monthsOnPublicSupport: '',
    purposes: [],
    givenOn: todayIso(),
    formReference: '',
  };
}

/** A definite refusal (4xx other than timeout/rate limit): nothing was created, so a new attempt may use a new key. */
function isDefiniteRefusal(error: unknown): boolean {
  return isApiProblem(error) && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

const fieldId = (field: Field) => `referral-${field}`;

function Fieldset({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading level="2" size="small" id={id} spacing={!description}>
        {title}
      </Heading>
      {description && (
        <BodyShort size="small" textColor="subtle" spacing>
          {description}
        </BodyShort>
      )}
      <VStack gap="space-16">{children}</VStack>
    </section>
  );
}

interface ReferralFormProps {
  /** prefilled caseworker: the signed-in user */
  caseworker: { name?: string; email?: string };
  onSubmitted: (referral: Referral) => void;
  onCancel: () => void;
}

/**
 * A partner caseworker's referral. The identity number lives only in this component's state (never in the URL or
 * storage). One `Idempotency-Key` per form instance, so a double click or a retry after a timeout never creates two
 * referrals; a new key only after the API refused the request outright (nothing was created).
 */
export function ReferralForm({ caseworker, onSubmitted, onCancel }: ReferralFormProps) {
  const { t } = useTranslation();
  const projects = useProjects();
  const organisations = useOrganisations();
  const municipalities = useMunicipalities();
  const mutation = useSubmitReferral();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState(() => initialReferralValues(caseworker));
  const [submitted, setSubmitted] = useState(false);

  const local = validateReferral(values, t);
  const server = mapReferralFieldErrors(fieldErrors(mutation.error));
  const errorFor = (field: Field) => (submitted ? local[field] : undefined) ?? server.fields[field];
  const set = <K extends Field>(key: K, value: ReferralFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  if (projects.isPending || organisations.isPending) return <PageLoader label={t('app.loading')} />;
  const loadError = projects.error ?? organisations.error;
  if (loadError) {
    return (
      <ErrorAlert
        error={loadError}
        title={t('referrals.form.loadError')}
        onRetry={() => {
          void projects.refetch();
          void organisations.refetch();
        }}
      />
    );
  }

  const project = projects.data?.find((p) => p.id === values.projectId);
  const agencies = (organisations.data ?? []).filter((o) => o.type !== 'federation');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0) {
      // the error summary gets focus so keyboard and screen reader users hear what to fix
      requestAnimationFrame(() => document.getElementById('referral-error-summary')?.focus());
      return;
    }
    if (mutation.isPending) return;
    mutation.mutate(
      { body: toReferralInput(values), idempotencyKey },
      {
        onSuccess: onSubmitted,
        onError: (error) => {
          if (isDefiniteRefusal(error)) setIdempotencyKey(crypto.randomUUID());
        },
      },
    );
  };

  const summaryErrors = submitted ? (Object.entries(local) as [Field, string][]) : [];
  const unknownServerErrors = server.other.length > 0 || (mutation.isError && Object.keys(server.fields).length === 0);

  return (
    <form onSubmit={submit} noValidate aria-label={t('referrals.form.title')} autoComplete="off">
      <VStack gap="space-40">
        {summaryErrors.length > 0 && (
          <ErrorSummary id="referral-error-summary" heading={t('common.errors.summary')}>
            {summaryErrors.map(([field, message]) => (
              <ErrorSummary.Item key={field} href={`#${fieldId(field)}`}>
                {message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}

        <Fieldset id="referral-project-heading" title={t('referrals.form.projectHeading')}>
          <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
            <Select
              id={fieldId('projectId')}
              label={t('referrals.form.project')}
              value={values.projectId}
              onChange={(e) => setValues((v) => ({ ...v, projectId: e.target.value, municipalityCode: '' }))}
              error={errorFor('projectId')}
            >
              <option value="">{t('referrals.form.chooseProject')}</option>
              {projects.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
            <Select
              id={fieldId('municipalityCode')}
              label={t('referrals.form.municipality')}
              description={t('referrals.form.municipalityHelp')}
              value={values.municipalityCode}
              onChange={(e) => set('municipalityCode', e.target.value)}
              error={errorFor('municipalityCode')}
              disabled={!project}
            >
              <option value="">{project ? t('referrals.form.chooseMunicipality') : t('referrals.form.chooseProjectFirst')}</option>
              {project?.municipalities.map((m) => (
                <option key={m.municipalityCode} value={m.municipalityCode}>
                  {m.municipalityName ?? m.municipalityCode}
                </option>
              ))}
            </Select>
          </HGrid>
        </Fieldset>

        <Fieldset id="referral-person-heading" title={t('referrals.form.personHeading')}>
          <RadioGroup
            legend={t('referrals.form.identityChoice')}
            value={values.anonymous ? 'anonymous' : 'number'}
            onChange={(v: string) => setValues((prev) => ({ ...prev, anonymous: v === 'anonymous', identityNumber: '' }))}
          >
            <Radio value="number">{t('referrals.form.withNumber')}</Radio>
            <Radio value="anonymous">{t('referrals.form.anonymous')}</Radio>
          </RadioGroup>
          <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
            {values.anonymous ? (
              <TextField
                id={fieldId('birthYear')}
                label={t('referrals.form.birthYear')}
                inputMode="numeric"
                htmlSize={6}
                value={values.birthYear}
                onChange={(e) => set('birthYear', e.target.value)}
                error={errorFor('birthYear')}
              />
            ) : (
              <TextField
                id={fieldId('identityNumber')}
                label={t('referrals.form.identityNumber')}
                description={t('referrals.form.identityNumberHelp')}
                inputMode="numeric"
                autoComplete="off"
                htmlSize={16}
                value={values.identityNumber}
                onChange={(e) => set('identityNumber', e.target.value)}
                error={errorFor('identityNumber')}
              />
            )}
            <Select id={fieldId('sex')} label={t('referrals.form.sex')} value={values.sex} onChange={(e) => set('sex', e.target.value as Sex | '')} error={errorFor('sex')}>
              <option value="">{t('referrals.form.chooseSex')}</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {t(`participant.sexes.${s}`)}
                </option>
              ))}
            </Select>
            <TextField id={fieldId('firstName')} label={t('referrals.form.firstName')} value={values.firstName} onChange={(e) => set('firstName', e.target.value)} error={errorFor('firstName')} maxLength={100} />
            <TextField id={fieldId('lastName')} label={t('referrals.form.lastName')} value={values.lastName} onChange={(e) => set('lastName', e.target.value)} error={errorFor('lastName')} maxLength={100} />
            <Select
              id={fieldId('homeMunicipalityCode')}
              label={t('referrals.form.homeMunicipality')}
              value={values.homeMunicipalityCode}
              onChange={(e) => set('homeMunicipalityCode', e.target.value)}
              error={errorFor('homeMunicipalityCode')}
            >
              <option value="">{t('referrals.form.chooseHomeMunicipality')}</option>
              {municipalities.data?.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </Select>
          </HGrid>
        </Fieldset>

        <Fieldset id="referral-caseworker-heading" title={t('referrals.form.caseworkerHeading')} description={t('referrals.form.caseworkerHelp')}>
          <HGrid columns={{ xs: 1, sm: 3 }} gap="space-16">
            <TextField id={fieldId('caseworkerName')} label={t('referrals.form.caseworkerName')} autoComplete="name" value={values.caseworkerName} onChange={(e) => set('caseworkerName', e.target.value)} error={errorFor('caseworkerName')} maxLength={200} />
            <TextField id={fieldId('caseworkerEmail')} type="email" label={t('referrals.form.caseworkerEmail')} autoComplete="email" value={values.caseworkerEmail} onChange={(e) => set('caseworkerEmail', e.target.value)} error={errorFor('caseworkerEmail')} maxLength={200} />
            <TextField id={fieldId('caseworkerPhone')} type="tel" label={t('referrals.form.caseworkerPhone')} autoComplete="tel" value={values.caseworkerPhone} onChange={(e) => set('caseworkerPhone', e.target.value)} error={errorFor('caseworkerPhone')} maxLength={40} />
          </HGrid>
        </Fieldset>

        <Fieldset id="referral-reason-heading" title={t('referrals.form.reasonHeading')}>
          <Textarea id={fieldId('reason')} label={t('referrals.form.reason')} description={t('referrals.form.reasonHelp')} value={values.reason} onChange={(e) => set('reason', e.target.value)} error={errorFor('reason')} maxLength={4000} minRows={3} />
          <Textarea id={fieldId('background')} label={t('referrals.form.background')} description={t('referrals.form.backgroundHelp')} value={values.background} onChange={(e) => set('background', e.target.value)} error={errorFor('background')} maxLength={20000} minRows={4} />
          <CheckboxGroup
            id={fieldId('knownToOrganisationIds')}
            legend={t('referrals.form.knownAgencies')}
            description={t('referrals.form.knownAgenciesHelp')}
            value={values.knownToOrganisationIds}
            onChange={(v: string[]) => set('knownToOrganisationIds', v)}
            error={errorFor('knownToOrganisationIds')}
          >
            {agencies.map((o) => (
              <Checkbox key={o.id} value={o.id}>
                {o.name}
              </Checkbox>
            ))}
          </CheckboxGroup>
        </Fieldset>

        <Fieldset id="referral-sus-heading" title={t('referrals.form.susHeading')} description={t('referrals.form.susHelp')}>
          <HGrid columns={{ xs: 1, sm: 3 }} gap="space-16">
            <Select id={fieldId('employmentStatus')} label={t('referrals.form.employmentStatus')} value={values.employmentStatus} onChange={(e) => set('employmentStatus', e.target.value as EmploymentStatus | '')} error={errorFor('employmentStatus')}>
              <option value="">{t('referrals.form.chooseEmployment')}</option>
              {EMPLOYMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`enrollment.sus.employmentStatus.${s}`)}
                </option>
              ))}
            </Select>
            <TextField id={fieldId('extentPct')} label={t('referrals.form.extentPct')} inputMode="numeric" htmlSize={5} value={values.extentPct} onChange={(e) => set('extentPct', e.target.value)} error={errorFor('extentPct')} />
            <TextField id={fieldId('monthsOnPublicSupport')} label={t('referrals.form.monthsOnPublicSupport')} inputMode="numeric" htmlSize={5} value={values.monthsOnPublicSupport} onChange={(e) => set('monthsOnPublicSupport', e.target.value)} error={errorFor('monthsOnPublicSupport')} />
          </HGrid>
          <CheckboxGroup id={fieldId('incomeSources')} legend={t('referrals.form.incomeSources')} value={values.incomeSources} onChange={(v: IncomeSource[]) => set('incomeSources', v)} error={errorFor('incomeSources')}>
            <HGrid columns={{ xs: 1, sm: 2, md: 3 }} gap="space-0 space-16">
              {INCOME_SOURCES.map((s) => (
                <Checkbox key={s} value={s}>
                  {t(`enrollment.sus.incomeSources.${s}`)}
                </Checkbox>
              ))}
            </HGrid>
          </CheckboxGroup>
        </Fieldset>

        <Fieldset id="referral-consent-heading" title={t('referrals.form.consentHeading')}>
          <CheckboxGroup
            id={fieldId('purposes')}
            legend={t('referrals.form.purposes')}
            description={t('referrals.form.purposesHelp')}
            value={values.purposes}
            onChange={(v: ConsentPurpose[]) => set('purposes', v)}
            error={errorFor('purposes')}
          >
            {CONSENT_PURPOSES.map((p) => (
              <Checkbox key={p} value={p}>
                {t(`referrals.purposes.${p}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <BodyShort size="small">{t('referrals.form.consentCovers')}</BodyShort>
          <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
            <div id={fieldId('givenOn')}>
              <DateField label={t('referrals.form.givenOn')} value={values.givenOn} onChange={(v) => set('givenOn', v)} error={errorFor('givenOn')} toDate={todayIso()} />
            </div>
            <TextField id={fieldId('formReference')} label={t('referrals.form.formReference')} description={t('referrals.form.formReferenceHelp')} value={values.formReference} onChange={(e) => set('formReference', e.target.value)} error={errorFor('formReference')} maxLength={200} />
          </HGrid>
        </Fieldset>

        {mutation.isError && unknownServerErrors && (
          <VStack gap="space-8">
            <ErrorAlert error={mutation.error} title={t('referrals.form.saveError')} />
            {!isDefiniteRefusal(mutation.error) && <BodyShort>{t('referrals.form.retryHint')}</BodyShort>}
          </VStack>
        )}
        <FormButtons submitLabel={t('referrals.form.submit')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
