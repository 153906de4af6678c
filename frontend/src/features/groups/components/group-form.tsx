import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, ErrorSummary, HGrid, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { DEFAULT_CAPACITY, useCreateGroup, type Group, type GroupInput } from '../api/groups';

export interface GroupFormValues {
  projectId: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  capacity: string;
  capacityOverrideReason: string;
  leadMyself: boolean;
}

type Field = 'projectId' | 'name' | 'startDate' | 'endDate' | 'capacity' | 'capacityOverrideReason';
type ErrorKey = 'project' | 'name' | 'date' | 'endBeforeStart' | 'capacity' | 'capacityAbove' | 'capacityReason';

export function validateGroup(v: GroupFormValues, canOverrideCapacity: boolean): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  if (!v.projectId) errors.projectId = 'project';
  if (!v.name.trim()) errors.name = 'name';
  if (!isIsoDate(v.startDate)) errors.startDate = 'date';
  if (v.endDate && !isIsoDate(v.endDate)) errors.endDate = 'date';
  else if (v.endDate && isIsoDate(v.startDate) && v.endDate < v.startDate) errors.endDate = 'endBeforeStart';
  const capacity = Number(v.capacity);
  if (!/^\d+$/.test(v.capacity.trim()) || capacity < 1 || capacity > 100) errors.capacity = 'capacity';
  else if (capacity > DEFAULT_CAPACITY && !canOverrideCapacity) errors.capacity = 'capacityAbove';
  else if (capacity > DEFAULT_CAPACITY && !v.capacityOverrideReason.trim()) errors.capacityOverrideReason = 'capacityReason';
  return errors;
}

export function toGroupInput(v: GroupFormValues, myUserId: string | undefined): GroupInput {
  const capacity = Number(v.capacity);
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    startDate: v.startDate,
    endDate: v.endDate || null,
    capacity,
    capacityOverrideReason: capacity > DEFAULT_CAPACITY ? v.capacityOverrideReason.trim() : null,
    leaderUserIds: v.leadMyself && myUserId ? [myUserId] : [],
  };
}

interface GroupFormProps {
  projects: readonly { projectId: string; projectName: string }[];
  /** project managers may give a group more than 12 places (with a reason) */
  canOverrideCapacity: boolean;
  myUserId?: string;
  onDone: (group: Group | undefined) => void;
  onCancel: () => void;
}

/** Start a group in one of the caller's projects. */
export function GroupForm({ projects, canOverrideCapacity, myUserId, onDone, onCancel }: GroupFormProps) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<GroupFormValues>({
    projectId: projects.length === 1 ? projects[0]!.projectId : '',
    name: '',
    description: '',
    startDate: todayIso(),
    endDate: '',
    capacity: String(DEFAULT_CAPACITY),
    capacityOverrideReason: '',
    leadMyself: true,
  });
  const [submitted, setSubmitted] = useState(false);
  const mutation = useCreateGroup(values.projectId);
  const errors = validateGroup(values, canOverrideCapacity);
  const server = fieldErrors(mutation.error);
  const set = <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const message = (key: ErrorKey | undefined) =>
    key === undefined ? undefined : key === 'date' ? tc('common.errors.date') : t(`groups.form.errors.${key}`);
  const errorFor = (field: Field) => (submitted ? message(errors[field]) : undefined) ?? server[field];
  const above = Number(values.capacity) > DEFAULT_CAPACITY;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    mutation.mutate(toGroupInput(values, myUserId), { onSuccess: onDone });
  };

  const summary = submitted ? (Object.entries(errors) as [Field, ErrorKey][]) : [];

  return (
    <form onSubmit={submit} noValidate aria-label={t('groups.form.title')}>
      <VStack gap="space-16">
        {summary.length > 0 && (
          <ErrorSummary heading={tc('common.errors.summary')} size="small">
            {summary.map(([field, key]) => (
              <ErrorSummary.Item key={field} href={`#group-${field}`}>
                {message(key)}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <Select id="group-projectId" label={t('groups.form.project')} value={values.projectId} onChange={(e) => set('projectId', e.target.value)} error={errorFor('projectId')}>
          {projects.length !== 1 && <option value="">{t('groups.form.chooseProject')}</option>}
          {projects.map((p) => (
            <option key={p.projectId} value={p.projectId}>
              {p.projectName}
            </option>
          ))}
        </Select>
        <TextField id="group-name" label={t('groups.form.name')} value={values.name} onChange={(e) => set('name', e.target.value)} error={errorFor('name')} maxLength={200} />
        <Textarea label={t('groups.form.description')} value={values.description} onChange={(e) => set('description', e.target.value)} maxLength={4000} minRows={2} error={server.description} />
        <HGrid columns={{ xs: 1, sm: 2 }} gap="space-16">
          <div id="group-startDate">
            <DateField label={t('groups.form.startDate')} value={values.startDate} onChange={(v) => set('startDate', v)} error={errorFor('startDate')} />
          </div>
          <div id="group-endDate">
            <DateField label={t('groups.form.endDate')} value={values.endDate} onChange={(v) => set('endDate', v)} error={errorFor('endDate')} />
          </div>
        </HGrid>
        <TextField
          id="group-capacity"
          label={t('groups.form.capacity')}
          description={t('groups.form.capacityHelp')}
          inputMode="numeric"
          htmlSize={6}
          value={values.capacity}
          onChange={(e) => set('capacity', e.target.value)}
          error={errorFor('capacity')}
        />
        {!canOverrideCapacity && (
          <Alert variant="info" size="small" inline>
            {t('groups.form.capacityCoordinator')}
          </Alert>
        )}
        {canOverrideCapacity && above && (
          <Textarea
            id="group-capacityOverrideReason"
            label={t('groups.form.capacityReason')}
            description={t('groups.form.capacityReasonHelp')}
            value={values.capacityOverrideReason}
            onChange={(e) => set('capacityOverrideReason', e.target.value)}
            error={errorFor('capacityOverrideReason')}
            maxLength={1000}
            minRows={2}
          />
        )}
        {myUserId && (
          <Checkbox checked={values.leadMyself} onChange={(e) => set('leadMyself', e.target.checked)}>
            {t('groups.form.leadMyself')}
          </Checkbox>
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} title={t('groups.form.saveError')} />}
        <div className="button-row">
          <Button type="submit" loading={mutation.isPending}>
            {t('groups.form.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {tc('common.cancel')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
