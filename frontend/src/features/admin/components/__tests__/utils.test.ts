import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import {
  emptyUserValues,
  mapUserFieldErrors,
  newAssignment,
  toUserInput,
  toUserUpdate,
  validateUser,
  valuesFromUser,
  type UserFormValues,
} from '../../utils';
import { CRESCO, MAC, anna } from './fixtures';

const filled = (): UserFormValues => ({
  ...emptyUserValues(),
  username: ' Olle.Nord ',
  firstName: ' Olle ',
  lastName: 'Nord ',
  email: ' olle.nord@example.se',
  organisationCode: 'fsk',
  roles: ['coordinator'],
  assignments: [newAssignment(CRESCO, ['1499', '1496', '1496']), newAssignment(MAC, []), newAssignment('', ['1496'])],
});

describe('user form payloads', () => {
  it('builds UserInput: trimmed, lower-case username, sorted unique codes, rows without project dropped', () => {
    expect(toUserInput(filled())).toEqual({
      username: 'olle.nord',
      firstName: 'Olle',
      lastName: 'Nord',
      email: 'olle.nord@example.se',
      organisationCode: 'fsk',
      roles: ['coordinator'],
      assignments: [
        { projectId: CRESCO, municipalityCodes: ['1496', '1499'] },
        { projectId: MAC, municipalityCodes: [] },
      ],
      sendInvitationEmail: false,
    });
  });

  it('builds UserUpdate with only what may change', () => {
    const values = { ...valuesFromUser(anna), enabled: false, roles: ['coordinator', 'analyst'] as UserFormValues['roles'] };
    expect(toUserUpdate(values)).toEqual({
      enabled: false,
      organisationCode: 'fsk',
      roles: ['coordinator', 'analyst'],
      assignments: [{ projectId: CRESCO, municipalityCodes: ['1496'] }],
    });
  });

  it('round-trips a user into the edit form', () => {
    const values = valuesFromUser(anna);
    expect(values.enabled).toBe(true);
    expect(values.assignments.map(({ projectId, municipalityCodes }) => ({ projectId, municipalityCodes }))).toEqual([
      { projectId: CRESCO, municipalityCodes: ['1496'] },
    ]);
    // editing the form never mutates the cached user
    values.assignments[0]!.municipalityCodes.push('1499');
    expect(anna.assignments[0]!.municipalityCodes).toEqual(['1496']);
  });

  it('validates a new user in the browser, in Swedish', () => {
    const t = i18n.getFixedT('sv');
    expect(validateUser(emptyUserValues(), 'create', t)).toEqual({
      username: expect.stringContaining('2–60 tecken'),
      firstName: 'Fyll i fältet.',
      lastName: 'Fyll i fältet.',
      email: 'Ange en giltig e-postadress.',
      roles: 'Välj minst en roll.',
      organisationCode: 'Välj organisation.',
    });
    expect(validateUser(filled(), 'create', t)).toEqual({});
    const twice = { ...filled(), assignments: [newAssignment(CRESCO), newAssignment(CRESCO, ['1496'])] };
    expect(validateUser(twice, 'create', t).assignments).toBe('Samma projekt finns med två gånger.');
  });

  it('an edit may leave the user without roles (names are not validated)', () => {
    const t = i18n.getFixedT('sv');
    expect(validateUser({ ...valuesFromUser(anna), roles: [] }, 'edit', t)).toEqual({});
  });

  it('maps the API’s field paths onto form fields', () => {
    expect(
      mapUserFieldErrors({
        'assignments[0].municipalityCodes[1]': 'the project does not serve this municipality',
        organisationCode: 'no such organisation',
        unknown: 'x',
      }),
    ).toEqual({ assignments: 'the project does not serve this municipality', organisationCode: 'no such organisation' });
  });
});
