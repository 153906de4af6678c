import { useState, type FormEvent } from 'react';
import { Alert, BodyShort, Checkbox, ErrorSummary, HGrid, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { StaleAlert } from '@/components/stale-alert';
import { isApiProblem } from '@/lib/api-problem';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { DEFAULT_CAPACITY, useCreateGroup, useUpdateGroup, type Group, type GroupInput } from '../api/groups';

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

/**
 * More than 12 places needs a project manager and a reason, unless it is the capacity the group already has
 * (`keptCapacity`, when changing a group): that keeps its stored reason.
 */
function raisesCapacity(capacity: number, keptCapacity: number | undefined): boolean {
  return capacity > DEFAULT_CAPACITY && capacity !== keptCapacity;
}

export function validateGroup(v: GroupFormValues, canOverrideCapacity: boolean, keptCapacity?: number): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  if (!v.projectId) errors.projectId = 'project';
  if (!v.name.trim()) errors.name = 'name';
  if (!isIsoDate(v.startDate)) errors.startDate = 'date';
  if (v.endDate && !isIsoDate(v.endDate)) errors.endDate = 'date';
  else if (v.endDate && isIsoDate(v.startDate) && v.endDate < v.startDate) errors.endDate = 'endBeforeStart';
  const capacity = Number(v.capacity);
  if (!/^\d+$/.test(v.capacity.trim()) || capacity < 1 || capacity > 100) errors.capacity = 'capacity';
  else if (raisesCapacity(capacity, keptCapacity) && !canOverrideCapacity) errors.capacity = 'capacityAbove';
  else if (raisesCapacity(capacity, keptCapacity) && !v.capacityOverrideReason.trim()) errors.capacityOverrideReason = 'capacityReason';
  return errors;
}

/** `group`: when changing one, the group as read; its other leaders stay leaders. */
export function toGroupInput(v: GroupFormValues, myUserId: string | undefined, group?: Pick<Group, 'capacity' | 'leaders'>): GroupInput {
  const capacity = Number(v.capacity);
  const otherLeaderIds = (group?.leaders ?? []).map((l) => l.userId).filter((id) => id !== myUserId);
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    startDate: v.startDate,
    endDate: v.endDate || null,
    capacity,
    capacityOverrideReason: raisesCapacity(capacity, group?.capacity) ? v.capacityOverrideReason.trim() : null,
    leaderUserIds: [...otherLeaderIds, ...(v.leadMyself && myUserId ? [myUserId] : [])],
  };
}

interface GroupFormProps {
  projects: readonly { projectId: string; projectName: string }[];
  /** project managers may give a group more than 12 places (with a reason) */
  canOverrideCapacity: boolean;
  myUserId?: string;
  onDone: (group: Group | undefined) => void;
  onCancel: () => void;
  /** Editing: the group as read, with its ETag; `onReload` fetches it again after someone else changed it. */
  editing?: { group: Group; etag: string | undefined; onReload: () => void; reloading?: boolean };
}

function initialValues(projects: GroupFormProps['projects'], group: Group | undefined, myUserId: string | undefined): GroupFormValues {
  if (group) {
    return {
      projectId: group.projectId,
      name: group.name,
      description: group.description ?? '',
      startDate: group.startDate,
      endDate: group.endDate ?? '',
      capacity: String(group.capacity),
      capacityOverrideReason: '',
      leadMyself: group.leaders.some((l) => l.userId === myUserId),
    };
  }
  return {
    projectId: projects.length === 1 ? projects[0]!.projectId : '',
    name: '',
    description: '',
    startDate: todayIso(),
    endDate: '',
    capacity: String(DEFAULT_CAPACITY),
    capacityOverrideReason: '',
    leadMyself: true,
  };
}

/** Start a group in one of the caller's projects, or change one (its project stays). */
export function GroupForm({ projects, canOverrideCapacity, myUserId, onDone, onCancel, editing }: GroupFormProps) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const group = editing?.group;
  const [values, setValues] = useState<GroupFormValues>(() => initialValues(projects, group, myUserId));
  const [submitted, setSubmitted] = useState(false);
  const creation = useCreateGroup(values.projectId);
  const update = useUpdateGroup(group?.id ?? '');
  const mutation = group ? update : creation;
  const stale = isApiProblem(update.error) && update.error.status === 412;
  const errors = validateGroup(values, canOverrideCapacity, group?.capacity);
  const server = fieldErrors(mutation.error);
  const set = <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const message = (key: ErrorKey | undefined) =>
    key === undefined ? undefined : key === 'date' ? tc('common.errors.date') : t(`groups.form.errors.${key}`);
  const errorFor = (field: Field) => (submitted ? message(errors[field]) : undefined) ?? server[field];
  const above = raisesCapacity(Number(values.capacity), group?.capacity);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    if (editing && group) {
      update.mutate({ etag: editing.etag, body: toGroupInput(values, myUserId, group) }, { onSuccess: (r) => onDone(r.group) });
    } else {
      creation.mutate(toGroupInput(values, myUserId), { onSuccess: onDone });
    }
  };

  const summary = submitted ? (Object.entries(errors) as [Field, ErrorKey][]) : [];

  return (
    <form onSubmit={submit} noValidate aria-label={group ? t('groups.form.editTitle') : t('groups.form.title')}>
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
        {group ? (
          <BodyShort>{t('groups.form.projectOf', { project: group.projectName })}</BodyShort>
        ) : (
          <Select id="group-projectId" label={t('groups.form.project')} value={values.projectId} onChange={(e) => set('projectId', e.target.value)} error={errorFor('projectId')}>
            {projects.length !== 1 && <option value="">{t('groups.form.chooseProject')}</option>}
            {projects.map((p) => (
              <option key={p.projectId} value={p.projectId}>
                {p.projectName}
              </option>
            ))}
          </Select>
        )}
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
        {stale && editing ? (
          <StaleAlert onReload={editing.onReload} reloading={editing.reloading} />
        ) : (
          mutation.isError && <ErrorAlert error={mutation.error} title={group ? t('groups.form.updateError') : t('groups.form.saveError')} />
        )}
        <FormButtons submitLabel={group ? t('groups.form.update') : t('groups.form.save')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
