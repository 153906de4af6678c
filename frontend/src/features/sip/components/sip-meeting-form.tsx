import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, ErrorSummary, Fieldset, HGrid, Heading, Link, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { FormButtons } from '@/components/form-buttons';
import { isApiProblem } from '@/lib/api-problem';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { useCreateSipMeeting, useOrganisations, type SipMeeting, type SipMeetingInput } from '../api/sip';

const OTHER = 'other';

interface ParticipantRow {
  organisation: string; // an organisation id, OTHER, or ''
  organisationName: string;
  role: string;
  personName: string;
}

interface ActionRow {
  who: string;
  what: string;
  dueDate: string;
}

export interface SipFormValues {
  meetingDate: string;
  participants: ParticipantRow[];
  agreed: string;
  actionItems: ActionRow[];
  nextMeetingDate: string;
}

const emptyParticipant = (): ParticipantRow => ({ organisation: '', organisationName: '', role: '', personName: '' });
const emptyAction = (): ActionRow => ({ who: '', what: '', dueDate: '' });

type ErrorKey = 'date' | 'future' | 'organisation' | 'role' | 'who' | 'what';

/** Errors keyed by the element id they belong to (so the error summary can link to them). */
export function validateSip(v: SipFormValues, today: string): Record<string, ErrorKey> {
  const errors: Record<string, ErrorKey> = {};
  if (!isIsoDate(v.meetingDate)) errors['sip-meetingDate'] = 'date';
  else if (v.meetingDate > today) errors['sip-meetingDate'] = 'future';
  v.participants.forEach((p, i) => {
    if (!p.organisation || (p.organisation === OTHER && !p.organisationName.trim())) errors[`sip-participants-${i}-organisation`] = 'organisation';
    if (!p.role.trim()) errors[`sip-participants-${i}-role`] = 'role';
  });
  v.actionItems.forEach((a, i) => {
    if (!a.who.trim()) errors[`sip-actions-${i}-who`] = 'who';
    if (!a.what.trim()) errors[`sip-actions-${i}-what`] = 'what';
    if (a.dueDate && !isIsoDate(a.dueDate)) errors[`sip-actions-${i}-dueDate`] = 'date';
  });
  if (v.nextMeetingDate && !isIsoDate(v.nextMeetingDate)) errors['sip-nextMeetingDate'] = 'date';
  return errors;
}

export function toSipInput(v: SipFormValues): SipMeetingInput {
  return {
    meetingDate: v.meetingDate,
    participants: v.participants.map((p) => ({
      organisationId: p.organisation && p.organisation !== OTHER ? p.organisation : null,
      organisationName: p.organisation === OTHER ? p.organisationName.trim() : null,
      role: p.role.trim(),
      personName: p.personName.trim() || null,
    })),
    agreed: v.agreed.trim() || null,
    actionItems: v.actionItems.map((a) => ({ who: a.who.trim(), what: a.what.trim(), dueDate: a.dueDate || null, done: false })),
    nextMeetingDate: v.nextMeetingDate || null,
  };
}

/** The API names `consent` when the participant had no SIP consent on the meeting date. */
export function isMissingConsent(error: unknown): boolean {
  return isApiProblem(error) && error.status === 422 && error.errors.some((e) => e.field === 'consent');
}

interface SipMeetingFormProps {
  enrollmentId: string;
  /** where the participant's consents are on the page (`#…`) */
  consentsHref: string;
  onDone: (meeting: SipMeeting | undefined) => void;
  onCancel: () => void;
  today?: string;
}

/** Record a SIP meeting: who took part, what was agreed, who does what by when, and the next meeting. */
export function SipMeetingForm({ enrollmentId, consentsHref, onDone, onCancel, today = todayIso() }: SipMeetingFormProps) {
  const { t } = useTranslation('groups');
  const { t: tc } = useTranslation();
  const organisations = useOrganisations();
  const mutation = useCreateSipMeeting(enrollmentId);
  const [values, setValues] = useState<SipFormValues>({
    meetingDate: today,
    participants: [emptyParticipant()],
    agreed: '',
    actionItems: [],
    nextMeetingDate: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const errors = validateSip(values, today);
  const server = fieldErrors(mutation.error);
  const noConsent = isMissingConsent(mutation.error);
  const message = (key: ErrorKey | undefined) => (key ? t(`sip.form.errors.${key}`) : undefined);
  const errorFor = (id: string, serverField?: string) => (submitted ? message(errors[id]) : undefined) ?? (serverField ? server[serverField] : undefined);

  const setParticipant = (i: number, patch: Partial<ParticipantRow>) =>
    setValues((v) => ({ ...v, participants: v.participants.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const setAction = (i: number, patch: Partial<ActionRow>) =>
    setValues((v) => ({ ...v, actionItems: v.actionItems.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    mutation.mutate(toSipInput(values), { onSuccess: onDone });
  };

  const summary = submitted ? Object.entries(errors) : [];

  return (
    <form onSubmit={submit} noValidate aria-label={t('sip.form.title')}>
      <VStack gap="space-16">
        {summary.length > 0 && (
          <ErrorSummary heading={tc('common.errors.summary')} size="small">
            {summary.map(([id, key]) => (
              <ErrorSummary.Item key={id} href={`#${id}`}>
                {message(key)}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <div id="sip-meetingDate" className="narrow-field">
          <DateField label={t('sip.form.meetingDate')} value={values.meetingDate} onChange={(v) => setValues((s) => ({ ...s, meetingDate: v }))} error={errorFor('sip-meetingDate', 'meetingDate')} toDate={today} />
        </div>
        <Fieldset legend={t('sip.form.participantsLegend')} error={server.participants}>
          <VStack gap="space-12">
            {values.participants.map((p, i) => (
              <Box key={i} padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
                <VStack gap="space-8">
                  <Heading level="3" size="xsmall">
                    {t('sip.form.participantN', { n: i + 1 })}
                  </Heading>
                  <HGrid columns={{ xs: 1, sm: 2 }} gap="space-12">
                    <Select
                      id={`sip-participants-${i}-organisation`}
                      label={t('sip.form.organisation')}
                      value={p.organisation}
                      onChange={(e) => setParticipant(i, { organisation: e.target.value })}
                      error={errorFor(`sip-participants-${i}-organisation`, `participants[${i}].organisationId`) ?? server[`participants[${i}].organisationName`]}
                    >
                      <option value="">{t('sip.form.chooseOrganisation')}</option>
                      {(organisations.data ?? []).map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                      <option value={OTHER}>{t('sip.form.otherOrganisation')}</option>
                    </Select>
                    {p.organisation === OTHER && (
                      <TextField
                        label={t('sip.form.organisationName')}
                        value={p.organisationName}
                        onChange={(e) => setParticipant(i, { organisationName: e.target.value })}
                        maxLength={200}
                      />
                    )}
                    <TextField
                      id={`sip-participants-${i}-role`}
                      label={t('sip.form.role')}
                      description={t('sip.form.roleHelp')}
                      value={p.role}
                      onChange={(e) => setParticipant(i, { role: e.target.value })}
                      error={errorFor(`sip-participants-${i}-role`, `participants[${i}].role`)}
                      maxLength={200}
                    />
                    <TextField label={t('sip.form.personName')} value={p.personName} onChange={(e) => setParticipant(i, { personName: e.target.value })} maxLength={200} />
                  </HGrid>
                  {values.participants.length > 1 && (
                    <div>
                      <Button
                        type="button"
                        size="xsmall"
                        variant="tertiary"
                        icon={<TrashIcon aria-hidden />}
                        onClick={() => setValues((v) => ({ ...v, participants: v.participants.filter((_, j) => j !== i) }))}
                      >
                        {t('sip.form.removeParticipant', { n: i + 1 })}
                      </Button>
                    </div>
                  )}
                </VStack>
              </Box>
            ))}
            <div>
              <Button
                type="button"
                size="small"
                variant="secondary"
                icon={<PlusIcon aria-hidden />}
                onClick={() => setValues((v) => ({ ...v, participants: [...v.participants, emptyParticipant()] }))}
              >
                {t('sip.form.addParticipant')}
              </Button>
            </div>
          </VStack>
        </Fieldset>
        <Textarea label={t('sip.form.agreed')} value={values.agreed} onChange={(e) => setValues((v) => ({ ...v, agreed: e.target.value }))} maxLength={20000} minRows={3} error={server.agreed} />
        <Fieldset legend={t('sip.form.actionsLegend')}>
          <VStack gap="space-12">
            {values.actionItems.map((a, i) => (
              <Box key={i} padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
                <VStack gap="space-8">
                  <Heading level="3" size="xsmall">
                    {t('sip.form.actionN', { n: i + 1 })}
                  </Heading>
                  <HGrid columns={{ xs: 1, sm: 2 }} gap="space-12">
                    <TextField id={`sip-actions-${i}-who`} label={t('sip.form.who')} value={a.who} onChange={(e) => setAction(i, { who: e.target.value })} error={errorFor(`sip-actions-${i}-who`, `actionItems[${i}].who`)} maxLength={200} />
                    <div id={`sip-actions-${i}-dueDate`}>
                      <DateField label={t('sip.form.dueDate')} value={a.dueDate} onChange={(v) => setAction(i, { dueDate: v })} error={errorFor(`sip-actions-${i}-dueDate`, `actionItems[${i}].dueDate`)} />
                    </div>
                  </HGrid>
                  <Textarea id={`sip-actions-${i}-what`} label={t('sip.form.what')} value={a.what} onChange={(e) => setAction(i, { what: e.target.value })} error={errorFor(`sip-actions-${i}-what`, `actionItems[${i}].what`)} maxLength={2000} minRows={2} />
                  <div>
                    <Button
                      type="button"
                      size="xsmall"
                      variant="tertiary"
                      icon={<TrashIcon aria-hidden />}
                      onClick={() => setValues((v) => ({ ...v, actionItems: v.actionItems.filter((_, j) => j !== i) }))}
                    >
                      {t('sip.form.removeAction', { n: i + 1 })}
                    </Button>
                  </div>
                </VStack>
              </Box>
            ))}
            <div>
              <Button
                type="button"
                size="small"
                variant="secondary"
                icon={<PlusIcon aria-hidden />}
                onClick={() => setValues((v) => ({ ...v, actionItems: [...v.actionItems, emptyAction()] }))}
              >
                {t('sip.form.addAction')}
              </Button>
            </div>
          </VStack>
        </Fieldset>
        <div id="sip-nextMeetingDate" className="narrow-field">
          <DateField
            label={t('sip.form.nextMeetingDate')}
            value={values.nextMeetingDate}
            onChange={(v) => setValues((s) => ({ ...s, nextMeetingDate: v }))}
            error={errorFor('sip-nextMeetingDate', 'nextMeetingDate')}
          />
        </div>
        {noConsent ? (
          <Alert variant="warning" role="alert">
            <VStack gap="space-8">
              <Heading level="3" size="xsmall">
                {t('sip.form.noConsentTitle')}
              </Heading>
              <div>{t('sip.form.noConsent')}</div>
              <div>
                <Link href={consentsHref} onClick={onCancel}>
                  {t('sip.form.consentsLink')}
                </Link>
              </div>
            </VStack>
          </Alert>
        ) : (
          mutation.isError && <ErrorAlert error={mutation.error} title={t('sip.form.saveError')} />
        )}
        <FormButtons submitLabel={t('sip.form.save')} pending={mutation.isPending} onCancel={onCancel} />
      </VStack>
    </form>
  );
}
