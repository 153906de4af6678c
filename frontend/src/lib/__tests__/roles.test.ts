import { describe, expect, it } from 'vitest';
import { fakeJwt } from '@/testing/test-utils';
import { decodeJwtPayload, rolesFromAccessToken } from '../roles';

describe('rolesFromAccessToken', () => {
  it('reads known realm roles and ignores Keycloak defaults', () => {
    const token = fakeJwt({
      name: 'Åsa Öberg',
      realm_access: { roles: ['offline_access', 'coordinator', 'uma_authorization', 'project-manager'] },
    });
    expect(rolesFromAccessToken(token)).toEqual(['coordinator', 'project-manager']);
    expect(decodeJwtPayload(token)?.name).toBe('Åsa Öberg'); // UTF-8 survives base64url
  });

  it('returns no roles for a missing, malformed or role-less token', () => {
    expect(rolesFromAccessToken(undefined)).toEqual([]);
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
    expect(rolesFromAccessToken('a.!!!.c')).toEqual([]);
    expect(rolesFromAccessToken(fakeJwt({ sub: 'x' }))).toEqual([]);
  });
});
