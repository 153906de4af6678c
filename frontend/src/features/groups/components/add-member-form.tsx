import { useState, type FormEvent } from 'react';
import { Alert, BodyShort, Button, Heading, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { useDebounce } from 'use-debounce';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState } from '@/components/section-status';
import { todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { MEMBER_CANDIDATES_LIMIT, useAddMember, useMemberCandidates, type Group, type GroupMember } from '../api/groups';

/**
 * Adds a participant enrolled in the group's project: any the caller may see, not only their own caseload, since a
 * group mixes coordinators' participants. A name search narrows a project larger than one list.
 */
export function AddMemberForm({
  group,
  members,
  canOverrideCapacity,
  onAdded,
}: {
  group: Group;
  members: readonly GroupMember[];
  canOverrideCapacity: boolean;
  onAdded: (name: string) => void;
}) {
  const { t } = useTranslation('groups');
  const [search, setSearch] = useState('');
  // A name typed letter by letter asks once it has settled, not per letter.
  const [settledSearch] = useDebounce(search, 300);
  const candidatesQuery = useMemberCandidates(group.projectId, settledSearch);
  const mutation = useAddMember(group.id);
  const [enrollmentId, setEnrollmentId] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const server = fieldErrors(mutation.error);
  const full = group.memberCount >= group.capacity;

  if (candidatesQuery.isError)
    return <ErrorAlert error={candidatesQuery.error} title={t('groups.members.enrollmentsError')} onRetry={() => void candidatesQuery.refetch()} />;
  if (candidatesQuery.isPending) return null;
  // One who has left may join again (a new membership); one still in the group, or leaving later, may not.
  const today = todayIso();
  const taken = new Set(members.filter((m) => m.leftOn == null || m.leftOn > today).map((m) => m.enrollmentId));
  const candidates = candidatesQuery.data.items.filter((p) => !taken.has(p.openEnrollmentId));
  const nameOf = (p: (typeof candidates)[number]) =>
    [p.firstName, p.lastName].filter(Boolean).join(' ') || `${p.sex === 'female' ? '♀' : p.sex === 'male' ? '♂' : ''} ${p.birthYear}`.trim();
  const optionOf = (p: (typeof candidates)[number]) => (p.coordinatorName ? `${nameOf(p)} (${p.coordinatorName})` : nameOf(p));
  const searching = search.trim() !== '';

  const chooseError = submitted && !enrollmentId ? t('groups.members.errors.choose') : server.enrollmentId;
  const reasonError = submitted && full && canOverrideCapacity && !reason.trim() ? t('groups.members.errors.reason') : server.capacityOverrideReason;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!enrollmentId || (full && (!canOverrideCapacity || !reason.trim()))) return;
    const chosen = candidates.find((c) => c.openEnrollmentId === enrollmentId);
    mutation.mutate(
      { enrollmentId, capacityOverrideReason: full ? reason.trim() : null },
      {
        onSuccess: () => {
          onAdded(chosen ? nameOf(chosen) : '');
          setEnrollmentId('');
          setReason('');
          setSubmitted(false);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.members.add')}>
      <VStack gap="space-12">
        <Heading level="3" size="small">
          {t('groups.members.add')}
        </Heading>
        {full && (
          <Alert variant={canOverrideCapacity ? 'warning' : 'info'} size="small">
            {t('groups.members.full', { members: group.memberCount, capacity: group.capacity })}{' '}
            {!canOverrideCapacity && t('groups.members.fullCoordinator')}
          </Alert>
        )}
        {!(full && !canOverrideCapacity) && (
          <>
            <TextField
              label={t('groups.members.search')}
              description={t('groups.members.searchHelp')}
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setEnrollmentId(''); // a choice the new list may not show is not kept
              }}
              // Enter in the search searches (as it does already, as one types); it does not add anyone
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.preventDefault();
              }}
              autoComplete="off"
              size="small"
              className="narrow-select"
            />
            {candidates.length === 0 ? (
              <EmptyState>{searching ? t('groups.members.noneMatch') : t('groups.members.noneToAdd')}</EmptyState>
            ) : (
              <Select
                label={t('groups.members.addLabel')}
                description={t('groups.members.addHelp', { project: group.projectName })}
                value={enrollmentId}
                onChange={(e) => setEnrollmentId(e.target.value)}
                error={chooseError}
                className="narrow-select"
              >
                <option value="">{t('groups.members.choose')}</option>
                {candidates.map((c) => (
                  <option key={c.openEnrollmentId} value={c.openEnrollmentId}>
                    {optionOf(c)}
                  </option>
                ))}
              </Select>
            )}
            {candidatesQuery.data.more && (
              <BodyShort size="small" role="status">
                {t('groups.members.more', { count: MEMBER_CANDIDATES_LIMIT })}
              </BodyShort>
            )}
            {candidates.length > 0 && (
              <>
                {full && canOverrideCapacity && (
                  <Textarea label={t('groups.members.overrideReason')} value={reason} onChange={(e) => setReason(e.target.value)} error={reasonError} maxLength={1000} minRows={2} />
                )}
                {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('groups.members.addError')} />}
                <div>
                  <Button type="submit" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} loading={mutation.isPending}>
                    {t('groups.members.add')}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
      </VStack>
    </form>
  );
}
