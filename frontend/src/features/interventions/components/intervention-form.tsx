import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { Alert, BodyShort, ErrorSummary, HGrid, Select, TextField, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { StaleAlert } from '@/components/stale-alert';
import { useApiClient } from '@/lib/api-client-context';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors, isStale } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import {
  STATUSES,
  getInterventionWithEtag,
  useCreateIntervention,
  useUpdateIntervention,
  type Intervention,
  type InterventionInput,
  type InterventionStatus,
  type InterventionType,
} from '../api/interventions';
import { groupTypes } from '../utils';

export interface InterventionFormValues {
  typeId: string;
  providerName: string;
  startDate: string;
  plannedEndDate: string;
  endDate: string;
  hoursPerWeek: string;
  status: InterventionStatus;
}

const FIELDS = ['typeId', 'providerName', 'startDate', 'plannedEndDate', 'endDate', 'hoursPerWeek', 'status'] as const;
type Field = (typeof FIELDS)[number];

export function initialValues(existing?: Intervention): InterventionFormValues {
  return {
    typeId: existing?.typeId ?? '',
    providerName: existing?.providerName ?? '',
    startDate: existing?.startDate ?? todayIso(),
    plannedEndDate: existing?.plannedEndDate ?? '',
    endDate: existing?.endDate ?? '',
    hoursPerWeek: existing?.hoursPerWeek != null ? String(existing.hoursPerWeek) : '',
    status: existing?.status ?? 'ongoing',
  };
}

// the default namespace's t: ReturnType<typeof useTranslation> spans every namespace and is too deep for tsc (TS2589)
type Translate = TFunction<'translation'>;

export function validateIntervention(v: InterventionFormValues, t: Translate): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!v.typeId) errors.typeId = t('interventions.form.errors.type');
  if (!isIsoDate(v.startDate)) errors.startDate = t('common.errors.date');
  if (v.plannedEndDate && !isIsoDate(v.plannedEndDate)) errors.plannedEndDate = t('common.errors.date');
  else if (v.plannedEndDate && isIsoDate(v.startDate) && v.plannedEndDate < v.startDate)
    errors.plannedEndDate = t('interventions.form.errors.endBeforeStart');
  if (v.endDate && !isIsoDate(v.endDate)) errors.endDate = t('common.errors.date');
  else if (v.endDate && isIsoDate(v.startDate) && v.endDate < v.startDate) errors.endDate = t('interventions.form.errors.endBeforeStart');
  const hours = v.hoursPerWeek.replace(',', '.');
  if (v.hoursPerWeek && (Number.isNaN(Number(hours)) || Number(hours) < 0 || Number(hours) > 60))
    errors.hoursPerWeek = t('interventions.form.errors.hours');
  return errors;
}

export function toInput(v: InterventionFormValues, note?: string | null): InterventionInput {
  return {
    typeId: v.typeId,
    providerName: v.providerName.trim() || null,
    startDate: v.startDate,
    plannedEndDate: v.plannedEndDate || null,
    endDate: v.endDate || null,
    hoursPerWeek: v.hoursPerWeek ? Number(v.hoursPerWeek.replace(',', '.')) : null,
    status: v.status,
    note: note ?? null,
  };
}

interface InterventionFormProps {
  enrollmentId: string;
  types: readonly InterventionType[];
  /** edit this one (needs its ETag); omit to add a new one */
  existing?: { intervention: Intervention; etag: string | undefined };
  onDone: () => void;
  onCancel: () => void;
}

/** Add or change an intervention. Server validation lands on the right fields; a 412 keeps what was typed. */
export function InterventionForm({ enrollmentId, types, existing, onDone, onCancel }: InterventionFormProps) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const [values, setValues] = useState(() => initialValues(existing?.intervention));
  const [etag, setEtag] = useState(existing?.etag);
  const [serverVersion, setServerVersion] = useState<Intervention | undefined>();
  const [reloading, setReloading] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const create = useCreateIntervention(enrollmentId);
  const update = useUpdateIntervention(enrollmentId);
  const mutation = existing ? update : create;

  const localErrors = validateIntervention(values, t);
  const serverErrors = fieldErrors(mutation.error);
  const errorFor = (field: Field) => (submitted ? localErrors[field] : undefined) ?? serverErrors[field];
  const otherServerErrors = Object.entries(serverErrors).filter(([field]) => !(FIELDS as readonly string[]).includes(field));
  const stale = isStale(mutation.error);

  const set = <K extends keyof InterventionFormValues>(key: K, value: InterventionFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(localErrors).length > 0) return;
    const body = toInput(values, existing?.intervention.note);
    if (existing) {
      update.mutate(
        { id: existing.intervention.id, etag, body },
        { onSuccess: (result) => { setEtag(result.etag); onDone(); } },
      );
    } else {
      create.mutate(body, { onSuccess: onDone });
    }
  };

  /** Fetches the current version and its ETag; the form keeps the user's values so they can resubmit. */
  const reload = async () => {
    if (!existing) return;
    setReloading(true);
    try {
      const latest = await getInterventionWithEtag(client, existing.intervention.id);
      setEtag(latest.etag);
      setServerVersion(latest.intervention);
      mutation.reset();
    } finally {
      setReloading(false);
    }
  };

  const groups = groupTypes(types);
  const summaryErrors = submitted ? Object.entries(localErrors) : [];

  return (
    <form onSubmit={submit} noValidate aria-label={existing ? t('interventions.form.editTitle') : t('interventions.form.addTitle')}>
      <VStack gap="space-16">
        {summaryErrors.length > 0 && (
          <ErrorSummary heading={t('common.errors.summary')} size="small">
            {summaryErrors.map(([field, message]) => (
              <ErrorSummary.Item key={field} href={`#intervention-${field}`}>
                {message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        {stale && <StaleAlert onReload={() => void reload()} reloading={reloading} />}
        {serverVersion && (
          <Alert variant="info" size="small">
            {t('interventions.form.serverNow', {
              status: t(`interventions.statuses.${serverVersion.status}`),
              start: formatDate(serverVersion.startDate),
              end: serverVersion.endDate ? formatDate(serverVersion.endDate) : '–',
            })}
          </Alert>
        )}
        <Select
          id="intervention-typeId"
          label={t('interventions.form.type')}
          value={values.typeId}
          onChange={(e) => set('typeId', e.target.value)}
          error={errorFor('typeId')}
        >
          <option value="">{t('interventions.form.chooseType')}</option>
          {groups.map(([category, list]) => (
            <optgroup key={category} label={t(`caseload.categories.${category}`)}>
              {list.map((type) => (
                <option key={type.id} value={type.id}>
                  {i18n.language === 'en' ? type.nameEn : type.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <TextField
          id="intervention-providerName"
          label={t('interventions.form.provider')}
          description={t('interventions.form.providerHelp')}
          value={values.providerName}
          onChange={(e) => set('providerName', e.target.value)}
          error={errorFor('providerName')}
          maxLength={200}
        />
        <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
          <div id="intervention-startDate">
            <DateField label={t('interventions.form.startDate')} value={values.startDate} onChange={(v) => set('startDate', v)} error={errorFor('startDate')} />
          </div>
          <div id="intervention-plannedEndDate">
            <DateField
              label={t('interventions.form.plannedEndDate')}
              value={values.plannedEndDate}
              onChange={(v) => set('plannedEndDate', v)}
              error={errorFor('plannedEndDate')}
            />
          </div>
          {existing && (
            <div id="intervention-endDate">
              <DateField label={t('interventions.form.endDate')} value={values.endDate} onChange={(v) => set('endDate', v)} error={errorFor('endDate')} />
            </div>
          )}
          <TextField
            id="intervention-hoursPerWeek"
            label={t('interventions.form.hours')}
            inputMode="decimal"
            value={values.hoursPerWeek}
            onChange={(e) => set('hoursPerWeek', e.target.value)}
            error={errorFor('hoursPerWeek')}
            htmlSize={6}
          />
          <Select
            id="intervention-status"
            label={t('interventions.form.status')}
            value={values.status}
            onChange={(e) => set('status', e.target.value as InterventionStatus)}
            error={errorFor('status')}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`interventions.statuses.${s}`)}
              </option>
            ))}
          </Select>
        </HGrid>
        {mutation.isError && !stale && (Object.keys(serverErrors).length === 0 || otherServerErrors.length > 0) && (
          <ErrorAlert error={mutation.error} title={t('interventions.form.saveError')} />
        )}
        <BodyShort size="small" textColor="subtle">
          {t('interventions.form.flagsRefresh')}
        </BodyShort>
        <FormButtons submitLabel={existing ? t('common.save') : t('interventions.form.add')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
