import { useState, type FormEvent } from 'react';
import { BodyShort, Textarea, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { fieldErrors } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { useSetSessionCancelled, type GroupSession } from '../api/groups';

/** Cancels a session with the reason the API requires; a cancelled session counts in no one's attendance. */
export function CancelSessionForm({ session, onDone, onCancel }: { session: GroupSession; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('groups');
  const mutation = useSetSessionCancelled(session.groupId);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(mutation.error);
  const reasonError = submitted && !reason.trim() ? t('groups.members.errors.reason') : server.cancellationReason;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!reason.trim()) return;
    mutation.mutate({ sessionId: session.id, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.sessions.cancelTitle')}>
      <VStack gap="space-16">
        <BodyShort>{t('groups.sessions.cancelIntro', { date: formatDate(session.sessionDate) })}</BodyShort>
        <Textarea label={t('groups.sessions.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError} maxLength={1000} minRows={2} />
        {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('groups.sessions.cancelError')} />}
        <FormButtons submitLabel={t('groups.sessions.cancelSave')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
