import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  HGrid,
  HStack,
  Select,
  Switch,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { isApiProblem } from '@/lib/api-problem';
import { fieldErrors } from '@/lib/etag';
import { MANAGED_ROLES, useOrganisations, useProjects, type Role } from '../api/users';
import { mapUserFieldErrors, validateUser, type UserFormField, type UserFormValues } from '../utils';
import { AssignmentsEditor } from './assignments-editor';

const FIELD_IDS: Record<UserFormField, string> = {
  username: 'user-username',
  firstName: 'user-firstName',
  lastName: 'user-lastName',
  email: 'user-email',
  organisationCode: 'user-organisationCode',
  roles: 'user-roles',
  assignments: 'user-assignments',
  enabled: 'user-enabled',
};
const FIELD_ORDER = Object.keys(FIELD_IDS) as UserFormField[];

interface UserFormProps {
  mode: 'create' | 'edit';
  initial: UserFormValues;
  /** the mutation's state: its error is shown on the fields it names */
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
  onCancel: () => void;
}

/**
 * Create ("Ny användare") or change a user. Names, username and e-mail are set once, at creation
 * (afterwards in Keycloak); roles, organisation, assignments and "Aktiv" can be changed here.
 */
export function UserForm({ mode, initial, pending, error, onSubmit, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const projects = useProjects();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);

  const local = validateUser(values, mode, t);
  const server = mapUserFieldErrors(fieldErrors(error));
  const errorFor = (field: UserFormField) => (submitted ? local[field] : undefined) ?? server[field];
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  if (organisations.isPending || projects.isPending) return <PageLoader label={t('app.loading')} />;
  const loadError = organisations.error ?? projects.error;
  if (loadError) {
    return (
      <ErrorAlert
        error={loadError}
        title={t('adminUsers.form.loadError')}
        onRetry={() => {
          void organisations.refetch();
          void projects.refetch();
        }}
      />
    );
  }

  const summary = FIELD_ORDER.map((f) => ({ field: f, message: errorFor(f) })).filter(
    (e): e is { field: UserFormField; message: string } => Boolean(e.message),
  );
  // A problem without field errors (409 username taken, 503 Keycloak down, ...) is shown as a whole.
  const conflictOnUsername = isApiProblem(error) && error.status === 409 && error.type.endsWith('/username-taken');
  const generalError = isApiProblem(error) && error.errors.length === 0 && !conflictOnUsername ? error : !isApiProblem(error) ? error : undefined;
  const usernameError = errorFor('username') ?? (conflictOnUsername ? t('adminUsers.form.errors.usernameTaken') : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(local).length > 0) {
      document.getElementById('user-form-errors')?.focus();
      return;
    }
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={mode === 'create' ? t('adminUsers.form.createTitle') : t('adminUsers.form.editTitle')}>
      <VStack gap="space-24">
        {summary.length > 0 && (
          <ErrorSummary id="user-form-errors" heading={t('adminUsers.form.errorSummary')}>
            {summary.map((e) => (
              <ErrorSummary.Item key={e.field} href={`#${FIELD_IDS[e.field]}`}>
                {e.message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        {mode === 'create' && (
          <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
            <TextField
              id={FIELD_IDS.firstName}
              label={t('adminUsers.form.firstName')}
              autoComplete="off"
              value={values.firstName}
              onChange={(e) => set('firstName', e.target.value)}
              error={errorFor('firstName')}
            />
            <TextField
              id={FIELD_IDS.lastName}
              label={t('adminUsers.form.lastName')}
              autoComplete="off"
              value={values.lastName}
              onChange={(e) => set('lastName', e.target.value)}
              error={errorFor('lastName')}
            />
            <TextField
              id={FIELD_IDS.username}
              label={t('adminUsers.form.username')}
              description={t('adminUsers.form.usernameHelp')}
              autoComplete="off"
              value={values.username}
              onChange={(e) => set('username', e.target.value)}
              error={usernameError}
            />
            <TextField
              id={FIELD_IDS.email}
              label={t('adminUsers.form.email')}
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(e) => set('email', e.target.value)}
              error={errorFor('email')}
            />
          </HGrid>
        )}
        <Select
          id={FIELD_IDS.organisationCode}
          label={t('adminUsers.form.organisation')}
          value={values.organisationCode}
          onChange={(e) => set('organisationCode', e.target.value)}
          error={errorFor('organisationCode')}
        >
          <option value="">{t('adminUsers.form.chooseOrganisation')}</option>
          {(organisations.data ?? []).map((o) => (
            <option key={o.code} value={o.code}>
              {o.name} ({o.code})
            </option>
          ))}
        </Select>
        <CheckboxGroup
          id={FIELD_IDS.roles}
          legend={t('adminUsers.form.roles')}
          description={t('adminUsers.form.rolesHelp')}
          value={values.roles}
          onChange={(roles: Role[]) => set('roles', MANAGED_ROLES.filter((r) => roles.includes(r)))}
          error={errorFor('roles')}
        >
          {MANAGED_ROLES.map((r) => (
            <Checkbox key={r} value={r}>
              {t(`roles.${r}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <AssignmentsEditor
          value={values.assignments}
          projects={projects.data ?? []}
          onChange={(assignments) => set('assignments', assignments)}
          error={errorFor('assignments')}
        />
        {mode === 'edit' && (
          <Switch
            id={FIELD_IDS.enabled}
            checked={values.enabled}
            onChange={(e) => set('enabled', e.target.checked)}
            description={t('adminUsers.form.enabledHelp')}
          >
            {t('adminUsers.form.enabled')}
          </Switch>
        )}
        {mode === 'create' && (
          <Checkbox
            checked={values.sendInvitationEmail}
            onChange={(e) => set('sendInvitationEmail', e.target.checked)}
            description={t('adminUsers.form.inviteHelp')}
          >
            {t('adminUsers.form.invite')}
          </Checkbox>
        )}
        {generalError !== undefined && generalError !== null && (
          <ErrorAlert error={generalError} title={mode === 'create' ? t('adminUsers.form.createError') : t('adminUsers.form.saveError')} />
        )}
        <HStack gap="space-16">
          <Button type="submit" loading={pending}>
            {mode === 'create' ? t('adminUsers.form.create') : t('adminUsers.form.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
            {t('adminUsers.form.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
