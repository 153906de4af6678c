import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';

/**
 * Shown to a signed-in user when the background renewal of their session fails (Keycloak down or
 * unreachable): the current session keeps working until it expires, and they are told so instead
 * of being dropped onto a blank page when it does.
 */
export function SessionRenewalAlert() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.isAuthenticated || auth.error?.source !== 'signinSilent') return null;
  const expiresAt = auth.user?.expires_at ? new Date(auth.user.expires_at * 1000) : undefined;
  const time = expiresAt?.toLocaleTimeString(t('start.timeLocale'), { hour: '2-digit', minute: '2-digit' });
  return (
    <Alert variant="warning" role="status" className="session-renewal-alert">
      <VStack gap="space-8">
        <Heading level="2" size="small">
          {t('start.renewalFailedTitle')}
        </Heading>
        <BodyLong>{time ? t('start.renewalFailedUntil', { time }) : t('start.renewalFailed')}</BodyLong>
        <div>
          <Button type="button" size="small" variant="secondary" onClick={() => void auth.signinSilent().catch(() => undefined)}>
            {t('start.renewalRetry')}
          </Button>
        </div>
      </VStack>
    </Alert>
  );
}
