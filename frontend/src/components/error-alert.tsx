import { Alert, BodyShort, Button, Heading, List, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/api-problem';

interface ErrorAlertProps {
  error: unknown;
  /** heading, e.g. "Det gick inte att hämta deltagarna" */
  title?: string;
  onRetry?: () => void;
}

/** Shows an API problem's `detail` (RFC 9457) or a generic message. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  const message = problem
    ? (problem.detail ?? problem.title)
    : error instanceof TypeError
      ? t('errors.network')
      : t('errors.unknown');
  return (
    <Alert variant="error" role="alert">
      <VStack gap="space-8">
        <Heading level="2" size="small">
          {title ?? t('errors.title')}
        </Heading>
        <BodyShort>{message}</BodyShort>
        {problem && problem.errors.length > 0 && (
          <List size="small">
            {problem.errors.map((e) => (
              <List.Item key={`${e.field}:${e.message}`}>
                {e.field ? `${e.field}: ` : ''}
                {e.message}
              </List.Item>
            ))}
          </List>
        )}
        {problem?.instance && (
          <BodyShort size="small" textColor="subtle">
            {t('errors.reference', { instance: problem.instance })}
          </BodyShort>
        )}
        {onRetry && (
          <div>
            <Button type="button" size="small" variant="secondary" onClick={onRetry}>
              {t('errors.retry')}
            </Button>
          </div>
        )}
      </VStack>
    </Alert>
  );
}
