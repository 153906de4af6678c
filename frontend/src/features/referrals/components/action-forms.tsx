import { useId, useState, type FormEvent } from 'react';
import { Alert, ErrorSummary, Heading, Radio, RadioGroup, TextField, Textarea, VStack, BodyShort } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { StaleAlert } from '@/components/stale-alert';
import { isIsoDate, todayIso } from '@/lib/dates';
import { isApiProblem } from '@/lib/api-problem';
import { fieldErrors } from '@/lib/etag';
import {
  DECISION_OUTCOMES,
  useDecideReferral,
  useEnrollFromReferral,
  useScreenReferral,
  useWithdrawReferral,
  type DecisionOutcome,
  type Enrollment,
  type Referral,
} from '../api/referrals';
import { isCapacityExceeded, toDecisionInput, validateDecision, type DecisionField, type DecisionValues } from '../utils';
import { useStaleReload } from './use-stale-reload';

interface ActionFormProps {
  referral: Referral;
  etag: string;
  /** fetches the referral again (after 412) */
  onReload: () => Promise<unknown>;
  onCancel?: () => void;
}

function FormErrorSummary({ errors, idPrefix }: { errors: [string, string][]; idPrefix: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ErrorSummary heading={t('common.errors.summary')} size="small">
      {errors.map(([field, message]) => (
        <ErrorSummary.Item key={field} href={`#${idPrefix}-${field}`}>
          {message}
        </ErrorSummary.Item>
      ))}
    </ErrorSummary>
  );
}

// ---------------------------------------------------------------- screening

export function ScreeningForm({ referral, etag, onReload, onCancel, onDone }: ActionFormProps & { onDone: (r: Referral | undefined) => void }) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/:/g, '');
  const mutation = useScreenReferral();
  const { stale, reload, reloading } = useStaleReload(mutation, onReload);
  const [date, setDate] = useState(referral.boardMeetingDate ?? '');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(mutation.error);
  const local = isIsoDate(date) ? undefined : t('common.errors.date');
  const dateError = (submitted ? local : undefined) ?? server.boardMeetingDate;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (local || mutation.isPending) return;
    mutation.mutate(
      { referralId: referral.id, etag, body: { boardMeetingDate: date, note: note.trim() || null } },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('referrals.screening.title')}>
      <VStack gap="space-16">
        <FormErrorSummary errors={submitted && local ? [['boardMeetingDate', local]] : []} idPrefix={idPrefix} />
        {stale && <StaleAlert onReload={reload} reloading={reloading} />}
        <div id={`${idPrefix}-boardMeetingDate`}>
          <DateField label={t('referrals.screening.boardMeetingDate')} value={date} onChange={setDate} error={dateError} fromDate={todayIso()} />
        </div>
        <Textarea label={t('referrals.screening.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} error={server.note} />
        {mutation.isError && !stale && <ErrorAlert error={mutation.error} title={t('referrals.screening.saveError')} />}
        <FormButtons submitLabel={t('referrals.screening.submit')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}

// ---------------------------------------------------------------- decision

export function initialDecision(referral?: Referral): DecisionValues {
  return { outcome: '', decidedOn: referral?.boardMeetingDate && referral.boardMeetingDate <= todayIso() ? referral.boardMeetingDate : todayIso(), reason: '', plannedStartDate: '', groupStartName: '' };
}

/** The review board's decision: accepted, declined or on hold; a reason is required unless accepted. */
export function DecisionForm({
  referral,
  etag,
  onReload,
  onCancel,
  onDone,
  compact,
}: ActionFormProps & { onDone: (r: Referral | undefined) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/:/g, '');
  const mutation = useDecideReferral();
  const { stale, reload, reloading } = useStaleReload(mutation, onReload);
  const [values, setValues] = useState(() => initialDecision(referral));
  const [submitted, setSubmitted] = useState(false);
  const local = validateDecision(values, t);
  const server = fieldErrors(mutation.error);
  const errorFor = (field: DecisionField) => (submitted ? local[field] : undefined) ?? server[field];
  const set = <K extends DecisionField>(key: K, value: DecisionValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const reasonRequired = values.outcome === 'declined' || values.outcome === 'on_hold';
  const size = compact ? 'small' : 'medium';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0 || mutation.isPending) return;
    mutation.mutate({ referralId: referral.id, etag, body: toDecisionInput(values) }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('referrals.decision.title')}>
      <VStack gap="space-16">
        <FormErrorSummary errors={submitted ? Object.entries(local) : []} idPrefix={idPrefix} />
        {stale && <StaleAlert onReload={reload} reloading={reloading} />}
        <RadioGroup
          id={`${idPrefix}-outcome`}
          legend={t('referrals.decision.outcome')}
          value={values.outcome}
          onChange={(v: DecisionOutcome) => set('outcome', v)}
          error={errorFor('outcome')}
          size={size}
        >
          {DECISION_OUTCOMES.map((o) => (
            <Radio key={o} value={o}>
              {t(`referrals.outcomes.${o}`)}
            </Radio>
          ))}
        </RadioGroup>
        <div id={`${idPrefix}-decidedOn`}>
          <DateField label={t('referrals.decision.decidedOn')} value={values.decidedOn} onChange={(v) => set('decidedOn', v)} error={errorFor('decidedOn')} toDate={todayIso()} size={size} />
        </div>
        <Textarea
          id={`${idPrefix}-reason`}
          label={reasonRequired ? t('referrals.decision.reasonRequired') : t('referrals.decision.reason')}
          description={t('referrals.decision.reasonHelp')}
          value={values.reason}
          onChange={(e) => set('reason', e.target.value)}
          error={errorFor('reason')}
          maxLength={4000}
          minRows={compact ? 2 : 3}
          size={size}
        />
        {values.outcome === 'accepted' && (
          <>
            <div id={`${idPrefix}-plannedStartDate`}>
              <DateField
                label={t('referrals.decision.plannedStartDate')}
                value={values.plannedStartDate}
                onChange={(v) => set('plannedStartDate', v)}
                error={errorFor('plannedStartDate')}
                size={size}
              />
            </div>
            <TextField
              id={`${idPrefix}-groupStartName`}
              label={t('referrals.decision.groupStartName')}
              description={t('referrals.decision.groupStartHelp')}
              value={values.groupStartName}
              onChange={(e) => set('groupStartName', e.target.value)}
              error={errorFor('groupStartName')}
              maxLength={200}
              size={size}
            />
          </>
        )}
        {mutation.isError && !stale && <ErrorAlert error={mutation.error} title={t('referrals.decision.saveError')} />}
        <FormButtons submitLabel={t('referrals.decision.submit')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}

// ---------------------------------------------------------------- enrollment

/**
 * "Skriv in": start date, optional planned end. No coordinator is chosen (the API has no list of coordinators to pick
 * from; the backend assigns one). A 409 capacity-exceeded answer shows the override reason field.
 */
export function EnrollForm({ referral, etag, onReload, onCancel, onEnrolled }: ActionFormProps & { onEnrolled: (e: Enrollment) => void }) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/:/g, '');
  const mutation = useEnrollFromReferral();
  const { stale, reload, reloading } = useStaleReload(mutation, onReload);
  const [startDate, setStartDate] = useState(() => {
    const planned = referral.decision?.plannedStartDate;
    return planned && planned >= todayIso() ? planned : todayIso();
  });
  const [plannedEndDate, setPlannedEndDate] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [needsOverride, setNeedsOverride] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(mutation.error);
  const capacity = isCapacityExceeded(mutation.error);

  const local: Record<string, string> = {};
  if (!isIsoDate(startDate)) local.startDate = t('common.errors.date');
  if (plannedEndDate && !isIsoDate(plannedEndDate)) local.plannedEndDate = t('common.errors.date');
  if (needsOverride && !overrideReason.trim()) local.capacityOverrideReason = t('referrals.enroll.capacityRequired');
  const errorFor = (f: string) => (submitted ? local[f] : undefined) ?? server[f];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0 || mutation.isPending) return;
    mutation.mutate(
      {
        referralId: referral.id,
        etag,
        body: {
          startDate,
          plannedEndDate: plannedEndDate || null,
          coordinatorUserId: null,
          capacityOverrideReason: needsOverride ? overrideReason.trim() : null,
        },
      },
      {
        onSuccess: (enrollment) => onEnrolled(enrollment),
        onError: (error) => {
          if (isCapacityExceeded(error)) {
            setNeedsOverride(true);
            setSubmitted(false);
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('referrals.enroll.title')}>
      <VStack gap="space-16">
        <FormErrorSummary errors={submitted ? Object.entries(local) : []} idPrefix={idPrefix} />
        {stale && <StaleAlert onReload={reload} reloading={reloading} />}
        <div id={`${idPrefix}-startDate`}>
          <DateField label={t('referrals.enroll.startDate')} value={startDate} onChange={setStartDate} error={errorFor('startDate')} />
        </div>
        <div id={`${idPrefix}-plannedEndDate`}>
          <DateField
            label={t('referrals.enroll.plannedEndDate')}
            description={t('referrals.enroll.plannedEndHelp')}
            value={plannedEndDate}
            onChange={setPlannedEndDate}
            error={errorFor('plannedEndDate')}
          />
        </div>
        <div>
          <Heading level="3" size="xsmall">
            {t('referrals.enroll.coordinator')}
          </Heading>
          <BodyShort>{t('referrals.enroll.coordinatorAuto')}</BodyShort>
        </div>
        {needsOverride && (
          <>
            {capacity && (
              <Alert variant="warning" role="alert">
                <Heading level="3" size="xsmall" spacing>
                  {t('referrals.enroll.capacityTitle')}
                </Heading>
                {isApiProblem(mutation.error) && mutation.error.detail && <BodyShort>{mutation.error.detail}</BodyShort>}
              </Alert>
            )}
            <Textarea
              id={`${idPrefix}-capacityOverrideReason`}
              label={t('referrals.enroll.capacityOverride')}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.target.value)}
              error={errorFor('capacityOverrideReason')}
              maxLength={1000}
            />
          </>
        )}
        {mutation.isError && !stale && !capacity && <ErrorAlert error={mutation.error} title={t('referrals.enroll.saveError')} />}
        <FormButtons submitLabel={t('referrals.enroll.submit')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}

// ---------------------------------------------------------------- withdrawal

export function WithdrawForm({ referral, etag, onReload, onCancel, onDone }: ActionFormProps & { onDone: (r: Referral | undefined) => void }) {
  const { t } = useTranslation();
  const mutation = useWithdrawReferral();
  const { stale, reload, reloading } = useStaleReload(mutation, onReload);
  const [reason, setReason] = useState('');
  const server = fieldErrors(mutation.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    mutation.mutate({ referralId: referral.id, etag, body: { reason: reason.trim() || null } }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('referrals.withdraw.title')}>
      <VStack gap="space-16">
        {stale && <StaleAlert onReload={reload} reloading={reloading} />}
        <Textarea
          label={t('referrals.withdraw.reason')}
          description={t('referrals.withdraw.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={server.reason}
          maxLength={2000}
        />
        {mutation.isError && !stale && <ErrorAlert error={mutation.error} title={t('referrals.withdraw.saveError')} />}
        <FormButtons submitLabel={t('referrals.withdraw.submit')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
