import { useState, type FormEvent } from 'react';
import { Alert, Checkbox, CheckboxGroup, ErrorSummary, HGrid, HStack, TextField, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { fieldErrors } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { WEEKDAYS, useScheduleSessions, type Group, type GroupSessionSchedule, type Weekday } from '../api/groups';
import { MAX_SCHEDULED_SESSIONS, scheduleDates, toScheduleInput, validateSchedule, type ScheduleValues } from '../utils';
import { TimeFields } from './time-fields';

interface ScheduleFormProps {
  group: Pick<Group, 'id' | 'startDate' | 'endDate'>;
  onDone: (result: GroupSessionSchedule) => void;
  onCancel: () => void;
}

const PREVIEW_DATES = 6;

export function initialSchedule(group: Pick<Group, 'startDate' | 'endDate'>): ScheduleValues {
  return {
    fromDate: group.startDate,
    toDate: group.endDate ?? '',
    weekdays: [],
    partOfDay: '',
    startTime: '',
    endTime: '',
    topic: '',
    location: '',
  };
}

/**
 * A weekly schedule (e.g. Tue + Thu 09:00–12:00) between two dates; the dates it gives are previewed before the API
 * creates them. The API skips dates that already have a session at that time, so sending it twice is harmless.
 */
export function ScheduleForm({ group, onDone, onCancel }: ScheduleFormProps) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState(() => initialSchedule(group));
  const [submitted, setSubmitted] = useState(false);
  const mutation = useScheduleSessions(group.id);
  const errors = validateSchedule(values, group);
  const server = fieldErrors(mutation.error);
  const set = (patch: Partial<ScheduleValues>) => setValues((v) => ({ ...v, ...patch }));

  const dateMessage = (e: (typeof errors)['fromDate'] | (typeof errors)['toDate']) =>
    e === undefined
      ? undefined
      : e === 'beforeGroup'
        ? t('groups.sessions.form.errors.beforeGroup', { date: formatDate(group.startDate) })
        : e === 'afterGroup'
          ? t('groups.sessions.form.errors.afterGroup', { date: formatDate(group.endDate ?? '') })
          : e === 'tooMany'
            ? t('groups.sessions.form.errors.tooMany', { max: MAX_SCHEDULED_SESSIONS })
            : t(`groups.sessions.form.errors.${e}`);

  const shown = (field: keyof typeof errors) => (submitted ? errors[field] : undefined);
  const messages: [string, string | undefined][] = [
    ['schedule-fromDate', dateMessage(shown('fromDate') as typeof errors.fromDate)],
    ['schedule-toDate', dateMessage(shown('toDate') as typeof errors.toDate)],
    ['schedule-weekdays', shown('weekdays') ? t('groups.sessions.form.errors.weekdays') : undefined],
    ['schedule-startTime', shown('startTime') ? t(`groups.sessions.form.errors.${errors.startTime!}`) : undefined],
    ['schedule-endTime', shown('endTime') ? t(`groups.sessions.form.errors.${errors.endTime!}`) : undefined],
  ];
  const summary = messages.filter((m): m is [string, string] => m[1] !== undefined);

  const dates = errors.fromDate || errors.toDate ? [] : scheduleDates(values.fromDate, values.toDate, values.weekdays, MAX_SCHEDULED_SESSIONS + 1);
  const previewList = dates.slice(0, PREVIEW_DATES).map((d) => formatDate(d, { weekday: 'short', day: 'numeric', month: 'short' })).join(', ');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    mutation.mutate(toScheduleInput(values), { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.sessions.scheduleTitle')}>
      <VStack gap="space-16">
        {summary.length > 0 && (
          <ErrorSummary heading={tc('common.errors.summary')} size="small">
            {summary.map(([href, message]) => (
              <ErrorSummary.Item key={href} href={`#${href}`}>
                {message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
          <div id="schedule-fromDate">
            <DateField
              label={t('groups.sessions.form.fromDate')}
              value={values.fromDate}
              onChange={(v) => set({ fromDate: v })}
              error={messages[0]![1] ?? server.fromDate}
              fromDate={group.startDate}
              toDate={group.endDate ?? undefined}
            />
          </div>
          <div id="schedule-toDate">
            <DateField
              label={t('groups.sessions.form.toDate')}
              value={values.toDate}
              onChange={(v) => set({ toDate: v })}
              error={messages[1]![1] ?? server.toDate}
              fromDate={group.startDate}
              toDate={group.endDate ?? undefined}
            />
          </div>
        </HGrid>
        <CheckboxGroup
          id="schedule-weekdays"
          legend={t('groups.sessions.form.weekdays')}
          value={values.weekdays}
          onChange={(v: Weekday[]) => set({ weekdays: v })}
          error={messages[2]![1] ?? server.weekdays}
          size="small"
        >
          <HStack gap="space-4 space-16" wrap>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={d}>
                {t(`groups.sessions.weekdays.${d}`)}
              </Checkbox>
            ))}
          </HStack>
        </CheckboxGroup>
        <TimeFields
          idPrefix="schedule"
          values={values}
          onChange={set}
          errors={{ startTime: shown('startTime') as typeof errors.startTime, endTime: shown('endTime') as typeof errors.endTime }}
          serverErrors={server}
        />
        <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
          <TextField label={t('groups.sessions.form.topic')} value={values.topic} onChange={(e) => set({ topic: e.target.value })} maxLength={500} error={server.topic} />
          <TextField label={t('groups.sessions.form.location')} value={values.location} onChange={(e) => set({ location: e.target.value })} maxLength={200} error={server.location} />
        </HGrid>
        {values.weekdays.length > 0 && !errors.fromDate && !errors.toDate && (
          <Alert variant={dates.length === 0 ? 'warning' : 'info'} size="small" inline>
            {dates.length === 0
              ? t('groups.sessions.form.previewNone')
              : t('groups.sessions.form.preview', {
                  count: Math.min(dates.length, MAX_SCHEDULED_SESSIONS + 1),
                  dates: dates.length > PREVIEW_DATES ? t('groups.sessions.form.previewMore', { dates: previewList }) : previewList,
                })}
          </Alert>
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} title={t('groups.sessions.form.createError')} />}
        <FormButtons submitLabel={t('groups.sessions.form.create')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
