import { useState, type FormEvent } from 'react';
import { Alert, BodyShort, Box, Button, Detail, ErrorSummary, HStack, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { CheckmarkCircleIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { StaleAlert } from '@/components/stale-alert';
import { useApiClient } from '@/lib/api-client-context';
import { todayIso } from '@/lib/dates';
import { isStale } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { ATTENDANCE_STATUSES, getAttendanceWithEtag, useRecordAttendance, type AttendanceStatus, type SessionAttendance } from '../api/groups';
import { countByStatus, draftFrom, markEveryonePresent, mergeDraft, missingStatuses, toAttendanceInput, type AttendanceDraft } from '../utils';

interface AttendanceFormProps {
  groupId: string;
  /** the list as loaded, with the ETag of the attendance */
  initial: { attendance: SessionAttendance; etag: string | undefined };
  onSaved?: (attendance: SessionAttendance) => void;
  /** for tests */
  today?: string;
}

const fieldId = (enrollmentId: string) => `attendance-${enrollmentId}`;

/**
 * Every member of the session in one list, one radio group each (arrow keys move within a member, Tab to the next),
 * "mark everyone present" for the usual case, saved in one PUT. A 412 keeps the choices and reloads the ETag.
 */
export function AttendanceForm({ groupId, initial, onSaved, today = todayIso() }: AttendanceFormProps) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const client = useApiClient();
  const [attendance, setAttendance] = useState(initial.attendance);
  const [etag, setEtag] = useState(initial.etag);
  const [draft, setDraft] = useState<AttendanceDraft>(() => draftFrom(initial.attendance));
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>();
  const mutation = useRecordAttendance(attendance.sessionId, groupId);
  const stale = isStale(mutation.error);

  const missing = missingStatuses(attendance, draft);
  const nameOf = (enrollmentId: string) => attendance.entries.find((e) => e.enrollmentId === enrollmentId)?.participantName ?? '';
  const counts = countByStatus(draft);

  if (attendance.sessionStatus === 'cancelled') return <Alert variant="info">{t('groups.attendance.cancelled')}</Alert>;
  if (attendance.sessionDate > today)
    return <Alert variant="info">{t('groups.attendance.future', { date: formatDate(attendance.sessionDate) })}</Alert>;
  if (attendance.entries.length === 0) return <Alert variant="info">{t('groups.attendance.empty')}</Alert>;

  const change = (enrollmentId: string, status: AttendanceStatus) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [enrollmentId]: status }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setSaved(false);
    if (missing.length > 0) return;
    mutation.mutate(
      { etag, body: toAttendanceInput(attendance, draft) },
      {
        onSuccess: (result) => {
          setAttendance(result.attendance);
          setEtag(result.etag);
          setDraft(draftFrom(result.attendance));
          setSubmitted(false);
          setReloaded(false);
          setSaved(true);
          onSaved?.(result.attendance);
        },
      },
    );
  };

  /** Fetches the list someone else saved and its ETag; the user's choices win over theirs. */
  const reload = async () => {
    setReloading(true);
    setReloadError(undefined);
    try {
      const latest = await getAttendanceWithEtag(client, attendance.sessionId);
      setAttendance(latest.attendance);
      setEtag(latest.etag);
      setDraft((d) => mergeDraft(d, latest.attendance));
      setReloaded(true);
      mutation.reset();
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  const showMissing = submitted && missing.length > 0;

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.attendance.listLabel')}>
      <VStack gap="space-24">
        <BodyShort>{t('groups.attendance.intro')}</BodyShort>
        {attendance.recordedAt && (
          <Detail textColor="subtle">
            {attendance.recordedBy
              ? t('groups.attendance.recordedBy', { at: formatDate(attendance.recordedAt, { dateStyle: 'short', timeStyle: 'short' }), name: attendance.recordedBy.name })
              : t('groups.attendance.recordedAt', { at: formatDate(attendance.recordedAt, { dateStyle: 'short', timeStyle: 'short' }) })}
          </Detail>
        )}
        {showMissing && (
          <ErrorSummary heading={tc('common.errors.summary')} size="small">
            {missing.map((id) => (
              <ErrorSummary.Item key={id} href={`#${fieldId(id)}`}>
                {t('groups.attendance.missingOne', { name: nameOf(id) })}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        {stale && <StaleAlert onReload={() => void reload()} reloading={reloading} />}
        {reloadError !== undefined && <ErrorAlert error={reloadError} title={t('groups.attendance.errorTitle')} />}
        {reloaded && (
          <Alert variant="info" size="small">
            {t('groups.attendance.serverNow')}
          </Alert>
        )}
        <VStack gap="space-8" align="start">
          <Button
            type="button"
            variant="secondary"
            icon={<CheckmarkCircleIcon aria-hidden />}
            onClick={() => {
              setSaved(false);
              setDraft((d) => markEveryonePresent(d));
            }}
          >
            {t('groups.attendance.markAllPresent')}
          </Button>
          <Detail textColor="subtle">{t('groups.attendance.markAllPresentHelp')}</Detail>
        </VStack>
        <ol className="assessment-items">
          {attendance.entries.map((entry) => (
            <Box as="li" key={entry.enrollmentId} padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
              <RadioGroup
                id={fieldId(entry.enrollmentId)}
                legend={entry.participantName}
                size="small"
                value={draft[entry.enrollmentId] ?? ''}
                onChange={(v: AttendanceStatus) => change(entry.enrollmentId, v)}
                error={showMissing && !draft[entry.enrollmentId] ? t('groups.attendance.missingOne', { name: entry.participantName }) : undefined}
              >
                <HStack gap="space-4 space-24" wrap>
                  {ATTENDANCE_STATUSES.map((status) => (
                    <Radio key={status} value={status}>
                      {t(`groups.attendance.statuses.${status}`)}
                    </Radio>
                  ))}
                </HStack>
              </RadioGroup>
            </Box>
          ))}
        </ol>
        <BodyShort>
          {t('groups.attendance.counts', { present: counts.present, withNotice: counts.absent_with_notice, absent: counts.absent, unset: counts.unset })}
        </BodyShort>
        {mutation.isError && !stale && <ErrorAlert error={mutation.error} title={t('groups.attendance.saveError')} />}
        <div role="status">
          {saved && (
            <Alert variant="success" size="small">
              {t('groups.attendance.saved')}
            </Alert>
          )}
        </div>
        <div className="button-row">
          <Button type="submit" loading={mutation.isPending}>
            {t('groups.attendance.save')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
