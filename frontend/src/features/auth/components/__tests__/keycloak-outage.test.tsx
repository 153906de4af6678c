import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { SignInPanel } from '../sign-in-panel';
import { SessionRenewalAlert } from '../session-renewal-alert';

// What react-oidc-context reports is what Keycloak's outage looks like to the SPA.
let auth: Record<string, unknown>;
vi.mock('react-oidc-context', () => ({ useAuth: () => auth }));

beforeEach(() => {
  auth = { isAuthenticated: false, isLoading: false, error: undefined, signinRedirect: vi.fn(), signinSilent: vi.fn() };
});

describe('when Keycloak is down', () => {
  it('a new login shows that the sign-in service cannot be reached, not a blank page', async () => {
    auth.signinRedirect = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    renderWithProviders(<SignInPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Inloggningen går inte att nå just nu');
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeEnabled();
  });

  it('a failed return from Keycloak (the code exchange cannot reach it) says the same', () => {
    auth.error = { source: 'signinCallback', name: 'TypeError', message: 'Failed to fetch', innerError: new TypeError('Failed to fetch') };
    renderWithProviders(<SignInPanel />);
    expect(screen.getByRole('alert')).toHaveTextContent('Vi kunde inte kontakta inloggningstjänsten');
  });

  it('a signed-in user whose session cannot be renewed is told until when they can keep working', async () => {
    const expiresAt = new Date(2026, 10, 22, 14, 35);
    auth = {
      ...auth,
      isAuthenticated: true,
      user: { expires_at: expiresAt.getTime() / 1000 },
      error: { source: 'signinSilent', name: 'Error', message: 'Failed to fetch' },
      signinSilent: vi.fn().mockRejectedValue(new Error('Failed to fetch')),
    };
    renderWithProviders(<SessionRenewalAlert />);
    expect(screen.getByRole('status')).toHaveTextContent('Inloggningen kunde inte förnyas');
    expect(screen.getByRole('status')).toHaveTextContent('till klockan 14:35');
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(auth.signinSilent).toHaveBeenCalled();
  });

  it('says nothing while the session renews normally', () => {
    auth = { ...auth, isAuthenticated: true, user: { expires_at: Date.now() / 1000 + 300 } };
    const { container } = renderWithProviders(<SessionRenewalAlert />);
    expect(container).toBeEmptyDOMElement();
  });
});
