import { useState, type FormEvent } from 'react';
import { ErrorSummary, HGrid, TextField, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { isIsoDate } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { useCreateSession, type Group, type GroupSession } from '../api/groups';
import { validateTimes, type TimeValues } from '../utils';
import { TimeFields } from './time-fields';

interface SessionFormProps {
  group: Pick<Group, 'id' | 'startDate' | 'endDate'>;
  onDone: (session: GroupSession | undefined) => void;
  onCancel: () => void;
}

interface SessionValues extends TimeValues {
  sessionDate: string;
  topic: string;
  location: string;
}

/** One session: a date within the group's dates and a part of the day or a start time. */
export function SessionForm({ group, onDone, onCancel }: SessionFormProps) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<SessionValues>({ sessionDate: '', partOfDay: '', startTime: '', endTime: '', topic: '', location: '' });
  const [submitted, setSubmitted] = useState(false);
  const mutation = useCreateSession(group.id);
  const server = fieldErrors(mutation.error);
  const set = (patch: Partial<SessionValues>) => setValues((v) => ({ ...v, ...patch }));

  const times = validateTimes(values);
  const dateError = !isIsoDate(values.sessionDate)
    ? t('groups.sessions.form.errors.date')
    : values.sessionDate < group.startDate
      ? t('groups.sessions.form.errors.beforeGroup', { date: formatDate(group.startDate) })
      : group.endDate && values.sessionDate > group.endDate
        ? t('groups.sessions.form.errors.afterGroup', { date: formatDate(group.endDate) })
        : undefined;
  const summary = submitted
    ? ([
        ['session-sessionDate', dateError],
        ['session-startTime', times.startTime && t(`groups.sessions.form.errors.${times.startTime}`)],
        ['session-endTime', times.endTime && t(`groups.sessions.form.errors.${times.endTime}`)],
      ].filter(([, m]) => m) as [string, string][])
    : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (dateError || times.startTime || times.endTime) return;
    mutation.mutate(
      {
        sessionDate: values.sessionDate,
        partOfDay: values.partOfDay || null,
        startTime: values.startTime || null,
        endTime: values.endTime || null,
        topic: values.topic.trim() || null,
        location: values.location.trim() || null,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.sessions.addTitle')}>
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
        <div id="session-sessionDate" className="narrow-field">
          <DateField
            label={t('groups.sessions.form.date')}
            value={values.sessionDate}
            onChange={(v) => set({ sessionDate: v })}
            error={(submitted ? dateError : undefined) ?? server.sessionDate}
            fromDate={group.startDate}
            toDate={group.endDate ?? undefined}
          />
        </div>
        <TimeFields
          idPrefix="session"
          values={values}
          onChange={set}
          errors={submitted ? times : {}}
          serverErrors={server}
        />
        <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
          <TextField label={t('groups.sessions.form.topic')} value={values.topic} onChange={(e) => set({ topic: e.target.value })} maxLength={500} error={server.topic} />
          <TextField label={t('groups.sessions.form.location')} value={values.location} onChange={(e) => set({ location: e.target.value })} maxLength={200} error={server.location} />
        </HGrid>
        {mutation.isError && <ErrorAlert error={mutation.error} title={t('groups.sessions.form.saveError')} />}
        <FormButtons submitLabel={t('groups.sessions.form.save')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
