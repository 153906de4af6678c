import { useState, type FormEvent } from 'react';
import { BodyShort, Detail, ErrorSummary, Heading, HStack, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import type { Instrument } from '@/lib/catalogue';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { useCreateAssessment, type Assessment, type AssessmentInput } from '../api/assessments';
import { emptyDraft, ratingErrorsByItem, ratingFor, toAssessmentInput, validateAssessment, type AssessmentDraft, type Rater } from '../utils';

interface AssessmentFormProps {
  enrollmentId: string;
  instrument: Instrument;
  /** earlier assessments on this instrument, oldest first (the latest is shown as "förra") */
  previous: readonly Assessment[];
  onSaved: (assessment: Assessment | undefined) => void;
  onCancel: () => void;
  /** for tests */
  today?: string;
}

const RATERS: readonly Rater[] = ['participant', 'coordinator'];

/** One row per item with participant and coordinator ratings over the scale's steps; posts the whole measurement at once. */
export function AssessmentForm({ enrollmentId, instrument, previous, onSaved, onCancel, today = todayIso() }: AssessmentFormProps) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [draft, setDraft] = useState<AssessmentDraft>(() => emptyDraft(today));
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<AssessmentInput | undefined>();
  const mutation = useCreateAssessment(enrollmentId);
  const last = previous[previous.length - 1];
  const items = [...instrument.items].sort((a, b) => a.position - b.position);

  // validated as the user types; the rating requirement is shown once they try to save
  const errors = validateAssessment(draft, today, isIsoDate);
  const dateError = errors.assessedOn ? t(`assessments.form.errors.date.${errors.assessedOn}`) : undefined;
  const ratingsError = submitted && errors.ratings ? t('assessments.form.errors.ratingsRequired') : undefined;
  const server = fieldErrors(mutation.error);
  const serverByItem = ratingErrorsByItem(sent, server);
  const serverDate = server.assessedOn;

  const setRating = (key: string, rater: Rater, value: string) =>
    setDraft((d) => ({
      ...d,
      ratings: { ...d.ratings, [key]: { participant: '', coordinator: '', ...d.ratings[key], [rater]: value } },
    }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (errors.assessedOn || errors.ratings) return;
    const body = toAssessmentInput(instrument, draft);
    setSent(body);
    mutation.mutate(body, { onSuccess: onSaved });
  };

  const summary = [
    ...(dateError && submitted ? [{ href: '#assessment-date', message: dateError }] : []),
    ...(ratingsError ? [{ href: `#item-${items[0]?.key ?? ''}`, message: ratingsError }] : []),
  ];

  const stepLabel = (value: number) => {
    const step = instrument.scale.steps.find((s) => s.value === value);
    const text = step ? (en ? step.labelEn : step.label) : '';
    return text ? `${value} – ${text}` : String(value);
  };
  const values = Array.from({ length: instrument.scale.max - instrument.scale.min + 1 }, (_, i) => instrument.scale.min + i);

  return (
    <form onSubmit={submit} noValidate aria-label={en ? instrument.nameEn : instrument.name}>
      <VStack gap="space-24">
        {summary.length > 0 && (
          <ErrorSummary heading={t('common.errors.summary')}>
            {summary.map((s) => (
              <ErrorSummary.Item key={s.href} href={s.href}>
                {s.message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <div id="assessment-date" className="narrow-field">
          <DateField
            label={t('assessments.form.date')}
            value={draft.assessedOn}
            onChange={(v) => setDraft((d) => ({ ...d, assessedOn: v }))}
            error={dateError ?? serverDate}
            toDate={today}
          />
        </div>
        <BodyShort>{t('assessments.form.scaleHelp', { min: instrument.scale.min, max: instrument.scale.max })}</BodyShort>
        {ratingsError && (
          <BodyShort className="aksel-error-message" role="alert">
            {ratingsError}
          </BodyShort>
        )}
        <ol className="assessment-items">
          {items.map((item) => {
            const label = en ? item.labelEn : item.label;
            const prevP = ratingFor(last, item.key, 'participant');
            const prevC = ratingFor(last, item.key, 'coordinator');
            const current = draft.ratings[item.key] ?? { participant: '', coordinator: '' };
            return (
              <li key={item.key} id={`item-${item.key}`} className="assessment-item">
                <fieldset className="assessment-item__fieldset" aria-describedby={last ? `prev-${item.key}` : undefined}>
                  <legend>
                    <Heading as="span" level="3" size="xsmall">
                      {item.position}. {label}
                    </Heading>
                  </legend>
                  {last && (
                    <Detail id={`prev-${item.key}`} textColor="subtle">
                      {t('assessments.form.previous', {
                        date: formatDate(last.assessedOn),
                        participant: prevP ?? '–',
                        coordinator: prevC ?? '–',
                      })}
                    </Detail>
                  )}
                  <VStack gap="space-8">
                    {RATERS.map((rater) => {
                      const allowed = rater === 'participant' ? item.participantRates : item.coordinatorRates;
                      return (
                        <RadioGroup
                          key={rater}
                          legend={`${t(`assessments.raters.${rater}`)}: ${label}`}
                          hideLegend={false}
                          size="small"
                          value={current[rater]}
                          onChange={(v: string) => setRating(item.key, rater, v)}
                          disabled={!allowed}
                          description={allowed ? undefined : t(`assessments.form.notRatedBy.${rater}`)}
                          error={serverByItem[`${item.key}.${rater}`]}
                          className="rating-group"
                        >
                          <HStack gap="space-4 space-16" wrap>
                            <Radio value="">{t('assessments.form.notRated')}</Radio>
                            {values.map((v) => (
                              <Radio key={v} value={String(v)}>
                                {stepLabel(v)}
                              </Radio>
                            ))}
                          </HStack>
                        </RadioGroup>
                      );
                    })}
                  </VStack>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Textarea
          label={t('assessments.form.comment')}
          value={draft.comment}
          onChange={(e) => setDraft((d) => ({ ...d, comment: e.target.value }))}
          maxLength={4000}
        />
        {mutation.isError && <ErrorAlert error={mutation.error} title={t('assessments.form.saveError')} />}
        <FormButtons submitLabel={t('assessments.form.save')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
