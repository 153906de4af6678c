import type { TFunction } from 'i18next';
import type { Role, User, UserInput, UserUpdate } from './api/users';

/** One row of the assignment editor: a project, and the municipalities within it (none = all it serves). */
export interface AssignmentValues {
  /** stable React key; not sent */
  key: string;
  projectId: string;
  municipalityCodes: string[];
}

export interface UserFormValues {
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  organisationCode: string;
  roles: Role[];
  assignments: AssignmentValues[];
  enabled: boolean;
  sendInvitationEmail: boolean;
}

export type UserFormField = 'username' | 'firstName' | 'lastName' | 'email' | 'organisationCode' | 'roles' | 'assignments' | 'enabled';

let keySeq = 0;
export function newAssignment(projectId = '', municipalityCodes: string[] = []): AssignmentValues {
  keySeq += 1;
  return { key: `a${keySeq}`, projectId, municipalityCodes };
}

export function emptyUserValues(): UserFormValues {
  return {
    username: '',
    firstName: '',
    lastName: '',
    email: '',
    organisationCode: '',
    roles: [],
    assignments: [],
    enabled: true,
    sendInvitationEmail: false,
  };
}

/** The edit form's starting point: what the user has now. */
export function valuesFromUser(user: User): UserFormValues {
  return {
    username: user.username,
    firstName: user.firstName ?? '',
    lastName: user.lastName ?? '',
    email: user.email ?? '',
    organisationCode: user.organisationCode ?? '',
    roles: [...user.roles],
    assignments: user.assignments.map((a) => newAssignment(a.projectId, [...a.municipalityCodes])),
    enabled: user.enabled,
    sendInvitationEmail: false,
  };
}

/** Rows without a project are dropped; codes sorted and unique; an empty list means the whole project. */
function toAssignments(values: UserFormValues) {
  return values.assignments
    .filter((a) => a.projectId)
    .map((a) => ({ projectId: a.projectId, municipalityCodes: [...new Set(a.municipalityCodes)].sort() }));
}

export function toUserInput(values: UserFormValues): UserInput {
  return {
    username: values.username.trim().toLowerCase(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    organisationCode: values.organisationCode,
    roles: [...values.roles],
    assignments: toAssignments(values),
    sendInvitationEmail: values.sendInvitationEmail,
  };
}

export function toUserUpdate(values: UserFormValues): UserUpdate {
  return {
    enabled: values.enabled,
    organisationCode: values.organisationCode,
    roles: [...values.roles],
    assignments: toAssignments(values),
  };
}

const USERNAME = /^[a-z0-9._-]{2,60}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks in the browser what the API would refuse anyway, with messages in the UI language. */
export function validateUser(values: UserFormValues, mode: 'create' | 'edit', t: TFunction): Partial<Record<UserFormField, string>> {
  const errors: Partial<Record<UserFormField, string>> = {};
  if (mode === 'create') {
    if (!USERNAME.test(values.username.trim().toLowerCase())) errors.username = t('adminUsers.form.errors.username');
    if (!values.firstName.trim()) errors.firstName = t('adminUsers.form.errors.required');
    if (!values.lastName.trim()) errors.lastName = t('adminUsers.form.errors.required');
    if (!EMAIL.test(values.email.trim())) errors.email = t('adminUsers.form.errors.email');
    if (values.roles.length === 0) errors.roles = t('adminUsers.form.errors.roles');
  }
  if (!values.organisationCode) errors.organisationCode = t('adminUsers.form.errors.organisation');
  const projectIds = values.assignments.map((a) => a.projectId).filter(Boolean);
  if (new Set(projectIds).size !== projectIds.length) errors.assignments = t('adminUsers.form.errors.duplicateProject');
  return errors;
}

/** The API's field names (`assignments[0].municipalityCodes[1]`) mapped onto the form's fields. */
export function mapUserFieldErrors(server: Record<string, string>): Partial<Record<UserFormField, string>> {
  const result: Partial<Record<UserFormField, string>> = {};
  for (const [field, message] of Object.entries(server)) {
    const root = field.split(/[.[]/)[0] as UserFormField;
    const known: readonly UserFormField[] = ['username', 'firstName', 'lastName', 'email', 'organisationCode', 'roles', 'assignments', 'enabled'];
    if (known.includes(root) && !(root in result)) result[root] = message;
  }
  return result;
}

/** "Anna Lindqvist", or the username when the user has no name. */
export function displayName(user: Pick<User, 'firstName' | 'lastName' | 'username'>): string {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ').trim();
  return name || user.username;
}
