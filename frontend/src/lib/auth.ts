import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useAuth } from 'react-oidc-context';
import { useMemo } from 'react';
import { env } from '@/config/env';
import { rolesFromAccessToken, type Role } from './roles';

/** State carried through the Keycloak round trip. */
export interface SignInState {
  returnTo?: string;
}

/**
 * One UserManager for the whole app: authorization code + PKCE against Keycloak
 * (PKCE is on by default in oidc-client-ts). The API client reads the token from it too.
 */
export const userManager = new UserManager({
  authority: env.oidcAuthority,
  client_id: env.oidcClientId,
  redirect_uri: `${window.location.origin}/`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  response_type: 'code',
  scope: 'openid profile email',
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

/** Access token of the signed-in user, or undefined (expired tokens are not sent). */
export async function getAccessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  if (!user || user.expired) return undefined;
  return user.access_token;
}

/** Only same-origin relative paths are accepted as a return target (no open redirect). */
export function safeReturnTo(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

/** Removes ?code=&state= (and session_state/iss) from the address bar after sign-in. */
export function cleanUpSigninUrl(): void {
  window.history.replaceState(window.history.state, document.title, window.location.pathname);
}

export interface CurrentUser {
  name: string;
  username?: string;
  email?: string;
  roles: Role[];
}

export function toCurrentUser(user: User | null | undefined): CurrentUser | undefined {
  if (!user) return undefined;
  const profile = user.profile;
  const name = profile.name ?? profile.preferred_username ?? profile.sub;
  return {
    name,
    username: profile.preferred_username,
    email: profile.email,
    roles: rolesFromAccessToken(user.access_token),
  };
}

export function useCurrentUser(): CurrentUser | undefined {
  const { user } = useAuth();
  return useMemo(() => toCurrentUser(user), [user]);
}
