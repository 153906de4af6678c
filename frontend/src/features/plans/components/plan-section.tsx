import { useState, type FormEvent } from 'react';
import { BodyShort, Box, Button, Checkbox, CheckboxGroup, Detail, HStack, Heading, Tag, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { FormButtons } from '@/components/form-buttons';
import { StaleAlert } from '@/components/stale-alert';
import { itemLabel, useInstruments } from '@/lib/catalogue';
import { isIsoDate, todayIso } from '@/lib/dates';
import { etagFromVersion, fieldErrors, isStale } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { useCreateFollowUp, useCreateGoal, useCreateSubGoal, usePlan, useUpdateSubGoal, type Goal, type SubGoal } from '../api/plan';

const STATUS_COLOUR = { open: 'info', achieved: 'success', dropped: 'neutral' } as const;

export function PlanSection({ enrollmentId, instrumentIds, readOnly }: { enrollmentId: string; instrumentIds: readonly string[]; readOnly?: boolean }) {
  const { t } = useTranslation();
  const query = usePlan(enrollmentId);
  const [form, setForm] = useState<'goal' | 'followUp' | undefined>();
  const headingId = `plan-${enrollmentId}`;
  const today = todayIso();
  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" gap="space-8" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('plan.title')}
        </Heading>
        {!readOnly && (
          <HStack gap="space-8">
            <Button type="button" size="small" variant="secondary" onClick={() => setForm('goal')}>
              {t('plan.addGoal')}
            </Button>
            <Button type="button" size="small" variant="secondary" onClick={() => setForm('followUp')}>
              {t('plan.recordFollowUp')}
            </Button>
          </HStack>
        )}
      </HStack>
      <SectionStatus query={query} errorTitle={t('plan.errorTitle')}>
        {() => {
          const plan = query.data!;
          const overdue = plan.nextFollowUpDue != null && plan.nextFollowUpDue < today;
          return (
            <VStack gap="space-16">
              <HStack gap="space-24" wrap as="dl" className="fact-list">
                <div>
                  <dt>{t('plan.nextFollowUp')}</dt>
                  <dd>
                    {plan.nextFollowUpDue ? formatDate(plan.nextFollowUpDue) : t('plan.noFollowUpDue')}{' '}
                    {overdue && (
                      <Tag size="xsmall" variant="moderate" data-color="warning">
                        {t('plan.overdue')}
                      </Tag>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('plan.stepsForward')}</dt>
                  <dd>{plan.stepsForward}</dd>
                </div>
              </HStack>
              {form === 'goal' && <GoalForm enrollmentId={enrollmentId} onDone={() => setForm(undefined)} />}
              {form === 'followUp' && <FollowUpForm enrollmentId={enrollmentId} onDone={() => setForm(undefined)} />}
              {plan.goals.length === 0 ? (
                <EmptyState>{t('plan.empty')}</EmptyState>
              ) : (
                <ul className="plain-list goal-list">
                  {plan.goals.map((goal) => (
                    <li key={goal.id}>
                      <GoalCard goal={goal} enrollmentId={enrollmentId} instrumentIds={instrumentIds} readOnly={readOnly} refetch={() => query.refetch()} />
                    </li>
                  ))}
                </ul>
              )}
              {plan.followUps.length > 0 && (
                <div>
                  <Heading level="3" size="xsmall" spacing>
                    {t('plan.followUps')}
                  </Heading>
                  <ul className="compact-list">
                    {plan.followUps.map((f) => (
                      <li key={f.id}>
                        <strong>{formatDate(f.meetingDate)}</strong>
                        {f.attendees ? ` (${f.attendees})` : ''}
                        {f.note ? `: ${f.note}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </VStack>
          );
        }}
      </SectionStatus>
    </section>
  );
}

function GoalCard({ goal, enrollmentId, instrumentIds, readOnly, refetch }: { goal: Goal; enrollmentId: string; instrumentIds: readonly string[]; readOnly?: boolean; refetch: () => unknown }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Box padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <VStack gap="space-12">
        <Heading level="3" size="small">
          {goal.title}
        </Heading>
        {goal.description && <BodyShort>{goal.description}</BodyShort>}
        {goal.subGoals.length === 0 ? (
          <EmptyState>{t('plan.noSubGoals')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {goal.subGoals.map((s) => (
              <li key={s.id}>
                <SubGoalRow subGoal={s} enrollmentId={enrollmentId} readOnly={readOnly} refetch={refetch} />
              </li>
            ))}
          </ul>
        )}
        {!readOnly &&
          (adding ? (
            <SubGoalForm enrollmentId={enrollmentId} goal={goal} instrumentIds={instrumentIds} onDone={() => setAdding(false)} />
          ) : (
            <div>
              <Button type="button" size="small" variant="tertiary" onClick={() => setAdding(true)}>
                {t('plan.addSubGoal', { goal: goal.title })}
              </Button>
            </div>
          ))}
      </VStack>
    </Box>
  );
}

function SubGoalRow({ subGoal, enrollmentId, readOnly, refetch }: { subGoal: SubGoal; enrollmentId: string; readOnly?: boolean; refetch: () => unknown }) {
  const { t, i18n } = useTranslation();
  const instruments = useInstruments();
  const [marking, setMarking] = useState(false);
  const [achievedOn, setAchievedOn] = useState(todayIso());
  const update = useUpdateSubGoal(enrollmentId);
  const stale = isStale(update.error);
  const dateError = !isIsoDate(achievedOn) ? t('common.errors.date') : achievedOn > todayIso() ? t('plan.errors.future') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dateError) return;
    update.mutate(
      {
        id: subGoal.id,
        // the sub-goal's version as of the last plan fetch; a newer one on the server answers 412
        etag: etagFromVersion(subGoal.version),
        body: {
          description: subGoal.description,
          targetDate: subGoal.targetDate ?? null,
          status: 'achieved',
          achievedOn,
          linkedItemKeys: subGoal.linkedItemKeys,
        },
      },
      { onSuccess: () => setMarking(false) },
    );
  };

  return (
    <Box paddingBlock="space-8" borderWidth="0 0 1 0" borderColor="neutral-subtle">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center" wrap>
          <BodyShort weight="semibold">{subGoal.description}</BodyShort>
          <Tag size="xsmall" variant="moderate" data-color={STATUS_COLOUR[subGoal.status]}>
            {t(`plan.statuses.${subGoal.status}`)}
          </Tag>
        </HStack>
        <Detail textColor="subtle">
          {subGoal.status === 'achieved' && subGoal.achievedOn
            ? t('plan.achievedOn', { date: formatDate(subGoal.achievedOn) })
            : subGoal.targetDate
              ? t('plan.target', { date: formatDate(subGoal.targetDate) })
              : t('plan.noTarget')}
          {subGoal.linkedItemKeys.length > 0 &&
            ` · ${t('plan.linked')}: ${subGoal.linkedItemKeys.map((k) => itemLabel(instruments.data, k, i18n.language)).join(', ')}`}
        </Detail>
        {!readOnly && subGoal.status === 'open' && !marking && (
          <div>
            <Button type="button" size="xsmall" variant="secondary" onClick={() => setMarking(true)}>
              {t('plan.markAchieved')}
            </Button>
          </div>
        )}
        {marking && (
          <form onSubmit={submit} noValidate aria-label={t('plan.markAchievedFor', { subGoal: subGoal.description })}>
            <VStack gap="space-8">
              {stale && (
                <StaleAlert
                  onReload={() => {
                    update.reset();
                    void refetch();
                  }}
                />
              )}
              <HStack gap="space-8" align="end" wrap>
                <DateField label={t('plan.achievedDate')} value={achievedOn} onChange={setAchievedOn} error={dateError} toDate={todayIso()} size="small" />
                <Button type="submit" size="small" loading={update.isPending}>
                  {t('plan.saveAchieved')}
                </Button>
                <Button type="button" size="small" variant="tertiary" onClick={() => setMarking(false)}>
                  {t('common.cancel')}
                </Button>
              </HStack>
              {update.isError && !stale && <ErrorAlert error={update.error} title={t('plan.saveError')} />}
            </VStack>
          </form>
        )}
      </VStack>
    </Box>
  );
}

function GoalForm({ enrollmentId, onDone }: { enrollmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const mutation = useCreateGoal(enrollmentId);
  const server = fieldErrors(mutation.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!title.trim()) return;
    mutation.mutate({ title: title.trim(), description: description.trim() || null }, { onSuccess: onDone });
  };
  return (
    <Box as="form" onSubmit={submit} noValidate padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle" aria-label={t('plan.addGoal')}>
      <VStack gap="space-12">
        <TextField label={t('plan.goalTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={(submitted && !title.trim() ? t('plan.errors.title') : undefined) ?? server.title} maxLength={300} />
        <Textarea label={t('plan.goalDescription')} value={description} onChange={(e) => setDescription(e.target.value)} error={server.description} maxLength={4000} />
        {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('plan.saveError')} />}
        <FormButtons submitLabel={t('plan.saveGoal')} pending={mutation.isPending} onCancel={onDone} size="small" />
      </VStack>
    </Box>
  );
}

function SubGoalForm({ enrollmentId, goal, instrumentIds, onDone }: { enrollmentId: string; goal: Goal; instrumentIds: readonly string[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const instruments = useInstruments();
  const [description, setDescription] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [linked, setLinked] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const mutation = useCreateSubGoal(enrollmentId);
  const server = fieldErrors(mutation.error);
  const items = (instruments.data ?? []).filter((i) => instrumentIds.includes(i.id)).flatMap((i) => i.items);
  const uniqueItems = items.filter((item, index) => items.findIndex((x) => x.key === item.key) === index);
  const dateError = targetDate && !isIsoDate(targetDate) ? t('common.errors.date') : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!description.trim() || dateError) return;
    mutation.mutate(
      { goalId: goal.id, body: { description: description.trim(), targetDate: targetDate || null, status: 'open', linkedItemKeys: linked } },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('plan.addSubGoal', { goal: goal.title })}>
      <VStack gap="space-12">
        <TextField
          label={t('plan.subGoalDescription')}
          description={t('plan.subGoalHelp')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={(submitted && !description.trim() ? t('plan.errors.description') : undefined) ?? server.description}
          maxLength={2000}
        />
        <DateField label={t('plan.targetDate')} value={targetDate} onChange={setTargetDate} error={dateError ?? server.targetDate} />
        {uniqueItems.length > 0 && (
          <CheckboxGroup legend={t('plan.linkedIndicators')} value={linked} onChange={setLinked} size="small" error={server.linkedItemKeys}>
            <div className="checkbox-columns">
              {uniqueItems.map((item) => (
                <Checkbox key={item.key} value={item.key}>
                  {i18n.language === 'en' ? item.labelEn : item.label}
                </Checkbox>
              ))}
            </div>
          </CheckboxGroup>
        )}
        {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('plan.saveError')} />}
        <FormButtons submitLabel={t('plan.saveSubGoal')} pending={mutation.isPending} onCancel={onDone} size="small" />
      </VStack>
    </form>
  );
}

function FollowUpForm({ enrollmentId, onDone }: { enrollmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [meetingDate, setMeetingDate] = useState(todayIso());
  const [attendees, setAttendees] = useState('');
  const [note, setNote] = useState('');
  const mutation = useCreateFollowUp(enrollmentId);
  const server = fieldErrors(mutation.error);
  const dateError = !isIsoDate(meetingDate) ? t('common.errors.date') : meetingDate > todayIso() ? t('plan.errors.future') : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dateError) return;
    mutation.mutate({ meetingDate, attendees: attendees.trim() || null, note: note.trim() || null }, { onSuccess: onDone });
  };
  return (
    <Box as="form" onSubmit={submit} noValidate padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle" aria-label={t('plan.recordFollowUp')}>
      <VStack gap="space-12">
        <DateField label={t('plan.meetingDate')} value={meetingDate} onChange={setMeetingDate} error={dateError ?? server.meetingDate} toDate={todayIso()} />
        <TextField label={t('plan.attendees')} description={t('plan.attendeesHelp')} value={attendees} onChange={(e) => setAttendees(e.target.value)} error={server.attendees} maxLength={1000} />
        <Textarea label={t('plan.note')} value={note} onChange={(e) => setNote(e.target.value)} error={server.note} maxLength={10000} />
        {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('plan.saveError')} />}
        <FormButtons submitLabel={t('plan.saveFollowUp')} pending={mutation.isPending} onCancel={onDone} size="small" />
      </VStack>
    </Box>
  );
}
