import { useState } from 'react';
import { BodyShort, Button, Detail, HStack, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useApiClient } from '@/lib/api-client-context';
import { revealIdentityNumber, type Participant } from '../api/participant';

export function participantDisplayName(p: Pick<Participant, 'firstName' | 'lastName'>): string | undefined {
  const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
  return name || undefined;
}

/** Facts under the page heading: sex, birth year and age, identity number (masked, reveal on demand). */
export function ParticipantFacts({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-12">
      <HStack gap="space-16" wrap as="dl" className="fact-list">
        <div>
          <dt>{t('participant.sex')}</dt>
          <dd>{t(`participant.sexes.${participant.sex}`)}</dd>
        </div>
        <div>
          <dt>{t('participant.born')}</dt>
          <dd>
            {participant.age != null
              ? t('participant.bornWithAge', { year: participant.birthYear, age: participant.age })
              : participant.birthYear}
          </dd>
        </div>
        {participant.homeMunicipalityCode && (
          <div>
            <dt>{t('participant.homeMunicipality')}</dt>
            <dd>{participant.homeMunicipalityCode}</dd>
          </div>
        )}
        {participant.interpreterNeeded && (
          <div>
            <dt>{t('participant.interpreter')}</dt>
            <dd>{participant.interpreterLanguage ?? t('common.yes')}</dd>
          </div>
        )}
      </HStack>
      {participant.protectedIdentity && (
        <div>
          <Tag variant="moderate" data-color="danger" size="small">
            {t('participant.protectedIdentity')}
          </Tag>
        </div>
      )}
      {participant.identityNumberMasked ? <IdentityNumber participant={participant} /> : null}
    </VStack>
  );
}

/** The masked number; "Visa personnummer" asks the audited endpoint. The answer is kept in state only. */
export function IdentityNumber({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [revealed, setRevealed] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);
  const label = participant.identityType === 'samordningsnummer' ? t('participant.coordinationNumber') : t('participant.personalNumber');

  const reveal = async () => {
    setLoading(true);
    setError(undefined);
    try {
      const result = await revealIdentityNumber(client, participant.id);
      setRevealed(result.identityNumber);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <VStack gap="space-8">
      <HStack gap="space-12" align="center" wrap>
        <BodyShort>
          <span className="fact-label">{label}: </span>
          <span className="tabular" aria-live="polite">
            {revealed ?? participant.identityNumberMasked}
          </span>
        </BodyShort>
        {revealed ? (
          <Button type="button" size="small" variant="tertiary" onClick={() => setRevealed(undefined)}>
            {t('participant.hideNumber')}
          </Button>
        ) : (
          <Button type="button" size="small" variant="secondary" onClick={() => void reveal()} loading={loading}>
            {t('participant.revealNumber')}
          </Button>
        )}
      </HStack>
      <Detail textColor="subtle">{t('participant.revealLogged')}</Detail>
      {error !== undefined && <ErrorAlert error={error} title={t('participant.revealError')} />}
    </VStack>
  );
}
