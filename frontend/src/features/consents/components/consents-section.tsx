import { Heading, Table, Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import { useConsents } from '../api/consents';

/** The participant's consents per purpose, read-only: given, withdrawn, valid. `id` is what other sections link to. */
export function ConsentsSection({ participantId, id }: { participantId: string; id: string }) {
  const { t } = useTranslation('groups');
  const query = useConsents(participantId);
  return (
    <section aria-labelledby={id}>
      <Heading level="2" size="medium" id={id} tabIndex={-1} spacing>
        {t('consents.title')}
      </Heading>
      <SectionStatus query={query} errorTitle={t('consents.errorTitle')}>
        {() => {
          const consents = query.data ?? [];
          if (consents.length === 0) return <EmptyState>{t('consents.empty')}</EmptyState>;
          return (
            <TableScroll>
              <Table size="small" zebraStripes>
                <caption className="aksel-sr-only">{t('consents.tableCaption')}</caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('consents.columns.purpose')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('consents.columns.given')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('consents.columns.withdrawn')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {consents.map((c) => (
                    <Table.Row key={c.id}>
                      <Table.HeaderCell scope="row">
                        {t(`consents.purposes.${c.purpose}`)}{' '}
                        {c.active && (
                          <Tag size="xsmall" variant="moderate" data-color="success">
                            {t('consents.active')}
                          </Tag>
                        )}
                      </Table.HeaderCell>
                      <Table.DataCell>{formatDate(c.givenOn)}</Table.DataCell>
                      <Table.DataCell>{c.withdrawnOn ? formatDate(c.withdrawnOn) : '–'}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          );
        }}
      </SectionStatus>
    </section>
  );
}
