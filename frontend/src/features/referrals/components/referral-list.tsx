import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, HStack, Heading, Link, Select, Table, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageLoader } from '@/components/page-loader';
import { TableScroll } from '@/components/table-scroll';
import { formatDate } from '@/lib/i18n';
import { REFERRAL_STATUSES, useProjects, useReferrals, type Referral, type ReferralFilter, type ReferralStatus } from '../api/referrals';
import { useMunicipalityName } from './referral-details';
import { ReferralStatusTag, usePersonLabel } from './referral-status-tag';

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

interface ReferralListProps {
  /** manager: every referral to their projects, with filters; partner: their organisation's, with the decision */
  mode: 'manager' | 'partner';
  referralHref: (referral: Referral) => string;
}

/** The referrals as a table, newest change first, with "Visa fler" for the next page (the API's cursor). */
export function ReferralList({ mode, referralHref }: ReferralListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ReferralFilter>({});
  const query = useReferrals(filter);
  const projects = useProjects();
  const filtered = Boolean(filter.status || filter.projectId);

  const filters = (
    <HStack gap="space-16" role="group" aria-label={t('referrals.filter.label')}>
      <Select
        label={t('referrals.filter.status')}
        size="small"
        value={filter.status ?? ''}
        onChange={(e) => setFilter((f) => ({ ...f, status: (e.target.value || undefined) as ReferralStatus | undefined }))}
        className="narrow-select"
      >
        <option value="">{t('referrals.filter.allStatuses')}</option>
        {REFERRAL_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`referrals.statuses.${s}`)}
          </option>
        ))}
      </Select>
      {mode === 'manager' && (projects.data?.length ?? 0) > 1 && (
        <Select
          label={t('referrals.filter.project')}
          size="small"
          value={filter.projectId ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, projectId: e.target.value || undefined }))}
          className="narrow-select"
        >
          <option value="">{t('referrals.filter.allProjects')}</option>
          {projects.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      )}
    </HStack>
  );

  let body;
  if (query.isPending) body = <PageLoader label={t('referrals.loading')} />;
  else if (query.isError) body = <ErrorAlert error={query.error} title={t('referrals.errorTitle')} onRetry={() => void query.refetch()} />;
  else {
    const items = query.data.pages.flatMap((p) => p.items);
    body =
      items.length === 0 ? (
        <Alert variant="info" role="status">
          {filtered ? t('referrals.emptyFiltered') : t('referrals.empty')}
        </Alert>
      ) : (
        <VStack gap="space-16">
          <Heading level="2" size="small" aria-live="polite">
            {t('referrals.showing', { count: items.length })}
          </Heading>
          <ReferralTable items={items} mode={mode} referralHref={referralHref} />
          {query.hasNextPage && (
            <div>
              <Button type="button" variant="secondary" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('referrals.showMore')}
              </Button>
            </div>
          )}
        </VStack>
      );
  }

  return (
    <VStack gap="space-24">
      {filters}
      {body}
    </VStack>
  );
}

function ReferralTable({ items, mode, referralHref }: { items: readonly Referral[]; mode: 'manager' | 'partner'; referralHref: (r: Referral) => string }) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const municipalityName = useMunicipalityName();
  return (
    <TableScroll>
      <Table size="medium" zebraStripes>
        <caption className="aksel-sr-only">{t('referrals.tableCaption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('referrals.columns.person')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('referrals.columns.project')}</Table.HeaderCell>
            {mode === 'manager' && <Table.HeaderCell scope="col">{t('referrals.columns.referrer')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('referrals.columns.status')}</Table.HeaderCell>
            {mode === 'manager' ? (
              <Table.HeaderCell scope="col">{t('referrals.columns.board')}</Table.HeaderCell>
            ) : (
              <Table.HeaderCell scope="col">{t('referrals.columns.decision')}</Table.HeaderCell>
            )}
            <Table.HeaderCell scope="col">{t('referrals.columns.updated')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">
                <Link as={RouterLink} to={referralHref(r)}>
                  {personLabel(r.person)}
                </Link>
                {r.person.identityNumberMasked && (
                  <BodyShort size="small" textColor="subtle" className="tabular">
                    {r.person.identityNumberMasked}
                  </BodyShort>
                )}
              </Table.HeaderCell>
              <Table.DataCell>
                {r.projectName}
                <BodyShort size="small" textColor="subtle">
                  {municipalityName(r.municipalityCode)}
                </BodyShort>
              </Table.DataCell>
              {mode === 'manager' && (
                <Table.DataCell>
                  {r.referringOrganisationName}
                  <BodyShort size="small" textColor="subtle">
                    {r.caseworker.name}
                  </BodyShort>
                </Table.DataCell>
              )}
              <Table.DataCell>
                <ReferralStatusTag status={r.status} />
              </Table.DataCell>
              {mode === 'manager' ? (
                <Table.DataCell>{r.boardMeetingDate ? formatDate(r.boardMeetingDate, DATE) : t('referrals.noBoardDate')}</Table.DataCell>
              ) : (
                <Table.DataCell>
                  {r.decision ? (
                    <>
                      {t(`referrals.outcomes.${r.decision.outcome}`)} {formatDate(r.decision.decidedOn, DATE)}
                      {r.decision.reason && (
                        <BodyShort size="small" textColor="subtle" className="pre-wrap">
                          {r.decision.reason}
                        </BodyShort>
                      )}
                    </>
                  ) : (
                    t('referrals.noDecision')
                  )}
                </Table.DataCell>
              )}
              <Table.DataCell>{formatDate(r.updatedAt, DATE)}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
