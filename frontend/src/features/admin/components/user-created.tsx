import { Alert, BodyLong, CopyButton, HStack, Heading, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { UserCreated } from '../api/users';
import { displayName } from '../utils';

/**
 * After "Ny användare": the temporary password, shown once and never again (it lives only in this
 * component's memory), or that Keycloak has e-mailed an invitation.
 */
export function UserCreatedAlert({ user }: { user: UserCreated }) {
  const { t } = useTranslation();
  const name = displayName(user);
  if (!user.temporaryPassword) {
    return (
      <Alert variant="success" role="status">
        <Heading level="2" size="small" spacing>
          {t('adminUsers.created.title', { name })}
        </Heading>
        <BodyLong>{t('adminUsers.created.invited', { email: user.email ?? '' })}</BodyLong>
      </Alert>
    );
  }
  return (
    <Alert variant="success" role="status">
      <VStack gap="space-8">
        <Heading level="2" size="small">
          {t('adminUsers.created.title', { name })}
        </Heading>
        <BodyLong>{t('adminUsers.created.passwordIntro', { username: user.username })}</BodyLong>
        <HStack gap="space-8" align="center">
          <code className="admin-temporary-password" data-testid="temporary-password" style={{ fontSize: '1.25rem', letterSpacing: '0.05em' }}>
            {user.temporaryPassword}
          </code>
          <CopyButton copyText={user.temporaryPassword} text={t('adminUsers.created.copy')} activeText={t('adminUsers.created.copied')} size="small" />
        </HStack>
        <BodyLong>{t('adminUsers.created.passwordInstructions')}</BodyLong>
      </VStack>
    </Alert>
  );
}
