import { useState } from 'react';
import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useAuth, type ErrorContext } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import type { SignInState } from '@/lib/auth';

type Failure = 'unreachable' | 'failed';

/** The start page for signed-out users: one "Logga in" button, and clear errors if Keycloak fails. */
export function SignInPanel({ returnTo }: { returnTo?: string }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();

  const signIn = async () => {
    setPending(true);
    setFailure(undefined);
    try {
      const state: SignInState = { returnTo };
      // on success the browser leaves for Keycloak; react-oidc-context reports failures in auth.error
      await auth.signinRedirect({ state });
    } catch {
      setFailure('unreachable');
    } finally {
      setPending(false);
    }
  };

  const shown = failure ?? classify(auth.error);

  return (
    <VStack gap="space-24" className="sign-in-panel">
      <BodyLong size="large">{t('start.intro')}</BodyLong>
      {shown && (
        <Alert variant="error" role="alert">
          <Heading level="2" size="small" spacing>
            {shown === 'unreachable' ? t('start.loginUnavailableTitle') : t('start.loginFailedTitle')}
          </Heading>
          <BodyLong>{shown === 'unreachable' ? t('start.loginUnavailable') : t('start.loginFailed')}</BodyLong>
        </Alert>
      )}
      <BodyLong>{t('start.signInHelp')}</BodyLong>
      <div>
        <Button type="button" size="medium" onClick={() => void signIn()} loading={pending}>
          {t('start.signIn')}
        </Button>
      </div>
    </VStack>
  );
}

/**
 * signinRedirect fails only before leaving the app, i.e. when Keycloak's discovery document cannot be
 * fetched (down, unreachable, wrong VITE_OIDC_AUTHORITY); the same for network errors elsewhere.
 * Anything else (e.g. a rejected code exchange in the callback) is a failed sign-in.
 */
function classify(error: ErrorContext | undefined): Failure | undefined {
  if (!error) return undefined;
  if (error.source === 'signinRedirect' || error.source === 'signinSilent') return 'unreachable';
  const inner = error.innerError;
  const network =
    inner instanceof TypeError ||
    /failed to fetch|network|load failed|timed out/i.test(`${error.name} ${error.message}`);
  return network ? 'unreachable' : 'failed';
}
