import type { ReactNode } from 'react';
import { BodyLong, BodyShort, HGrid, Heading, Process, Tag, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/section-status';
import { useMunicipalities } from '@/lib/catalogue';
import { formatDate, formatNumber } from '@/lib/i18n';
import { useOrganisations, type Referral, type SusStatus } from '../api/referrals';
import { EligibilityList } from './eligibility-list';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading level="2" size="small" id={id} spacing>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function useMunicipalityName() {
  const municipalities = useMunicipalities();
  return (code: string | null | undefined) => (code ? (municipalities.data?.find((m) => m.code === code)?.name ?? code) : undefined);
}

export function useOrganisationNames() {
  const organisations = useOrganisations();
  return (ids: readonly string[]) => ids.map((id) => organisations.data?.find((o) => o.id === id)?.name ?? id);
}

/** Everything about a referral, read-only: person, project, caseworker, reason, agencies, consent, eligibility, decision, history. */
export function ReferralDetails({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const organisationNames = useOrganisationNames();
  const p = referral.person;
  const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
  const known = organisationNames(referral.knownToOrganisationIds);
  const consentOrgs = organisationNames(referral.consent.organisationIds ?? []);
  const cw = referral.caseworker;

  return (
    <VStack gap="space-32">
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-32">
        <Section id="referral-person" title={t('referrals.detail.person')}>
          <dl className="fact-grid">
            <dt>{t('referrals.detail.identityNumber')}</dt>
            <dd>
              {p.identityNumberMasked ?? t('referrals.detail.noIdentityNumber')}{' '}
              {p.anonymous && (
                <Tag size="xsmall" variant="outline" data-color="neutral">
                  {t('referrals.detail.anonymousMarker')}
                </Tag>
              )}
            </dd>
            {name && (
              <>
                <dt>{t('referrals.detail.name')}</dt>
                <dd>{name}</dd>
              </>
            )}
            <dt>{t('referrals.detail.sex')}</dt>
            <dd>{t(`participant.sexes.${p.sex}`)}</dd>
            {p.birthYear != null && (
              <>
                <dt>{t('referrals.detail.birthYear')}</dt>
                <dd>{p.birthYear}</dd>
              </>
            )}
            {p.homeMunicipalityCode && (
              <>
                <dt>{t('referrals.detail.homeMunicipality')}</dt>
                <dd>{municipalityName(p.homeMunicipalityCode)}</dd>
              </>
            )}
          </dl>
        </Section>
        <Section id="referral-project" title={t('referrals.detail.projectHeading')}>
          <dl className="fact-grid">
            <dt>{t('referrals.detail.project')}</dt>
            <dd>{referral.projectName}</dd>
            <dt>{t('referrals.detail.municipality')}</dt>
            <dd>{municipalityName(referral.municipalityCode)}</dd>
            <dt>{t('referrals.detail.referringOrganisation')}</dt>
            <dd>{referral.referringOrganisationName ?? organisationNames([referral.referringOrganisationId])[0]}</dd>
            <dt>{t('referrals.detail.caseworker')}</dt>
            <dd>
              {cw.name}
              {cw.email && <>, {cw.email}</>}
              {cw.phone && <>, {cw.phone}</>}
            </dd>
            <dt>{t('referrals.detail.submitted')}</dt>
            <dd>{formatDate(referral.createdAt)}</dd>
          </dl>
        </Section>
      </HGrid>

      <Section id="referral-eligibility" title={t('referrals.eligibility.title')}>
        <BodyShort size="small" textColor="subtle" spacing>
          {t('referrals.eligibility.intro')}
        </BodyShort>
        <EligibilityList results={referral.eligibility} />
      </Section>

      <Section id="referral-reason" title={t('referrals.detail.reasonHeading')}>
        <VStack gap="space-16">
          <div>
            <Heading level="3" size="xsmall">
              {t('referrals.detail.reason')}
            </Heading>
            <BodyLong className="pre-wrap">{referral.reason}</BodyLong>
          </div>
          <div>
            <Heading level="3" size="xsmall">
              {t('referrals.detail.background')}
            </Heading>
            {referral.background ? <BodyLong className="pre-wrap">{referral.background}</BodyLong> : <EmptyState>{t('referrals.detail.noBackground')}</EmptyState>}
          </div>
          <div>
            <Heading level="3" size="xsmall">
              {t('referrals.detail.knownAgencies')}
            </Heading>
            {known.length > 0 ? (
              <ul className="compact-list">
                {known.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t('referrals.detail.noKnownAgencies')}</EmptyState>
            )}
          </div>
        </VStack>
      </Section>

      <HGrid columns={{ xs: 1, md: 2 }} gap="space-32">
        <Section id="referral-consent" title={t('referrals.detail.consentHeading')}>
          <dl className="fact-grid">
            <dt>{t('referrals.detail.purposes')}</dt>
            <dd>
              <ul className="compact-list">
                {referral.consent.purposes.map((purpose) => (
                  <li key={purpose}>{t(`referrals.purposes.${purpose}`)}</li>
                ))}
              </ul>
            </dd>
            <dt>{t('referrals.detail.givenOn')}</dt>
            <dd>{formatDate(referral.consent.givenOn)}</dd>
            <dt>{t('referrals.detail.formReference')}</dt>
            <dd>{referral.consent.formReference ?? t('referrals.detail.noFormReference')}</dd>
            {consentOrgs.length > 0 && (
              <>
                <dt>{t('referrals.detail.consentOrganisations')}</dt>
                <dd>{consentOrgs.join(', ')}</dd>
              </>
            )}
          </dl>
        </Section>
        <Section id="referral-sus" title={t('referrals.detail.susHeading')}>
          <SusFacts sus={referral.susEntry} />
        </Section>
      </HGrid>

      <Section id="referral-decision" title={t('referrals.detail.decisionHeading')}>
        <DecisionFacts referral={referral} />
      </Section>

      <Section id="referral-history" title={t('referrals.history.title')}>
        <ReferralHistory referral={referral} />
      </Section>
    </VStack>
  );
}

export function SusFacts({ sus }: { sus: SusStatus | null | undefined }) {
  const { t } = useTranslation();
  if (!sus) return <EmptyState>{t('enrollment.sus.missing')}</EmptyState>;
  return (
    <dl className="fact-grid">
      <dt>{t('enrollment.sus.employment')}</dt>
      <dd>
        {t(`enrollment.sus.employmentStatus.${sus.employmentStatus}`)}
        {sus.extentPct != null && ` (${formatNumber(sus.extentPct)} %)`}
      </dd>
      <dt>{t('enrollment.sus.income')}</dt>
      <dd>{sus.incomeSources.length > 0 ? sus.incomeSources.map((s) => t(`enrollment.sus.incomeSources.${s}`)).join(', ') : t('enrollment.sus.none')}</dd>
      {sus.monthsOnPublicSupport != null && (
        <>
          <dt>{t('enrollment.sus.months')}</dt>
          <dd>{t('enrollment.sus.monthsValue', { count: sus.monthsOnPublicSupport })}</dd>
        </>
      )}
    </dl>
  );
}

export function DecisionFacts({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const d = referral.decision;
  return (
    <dl className="fact-grid">
      <dt>{t('referrals.detail.boardMeeting')}</dt>
      <dd>{referral.boardMeetingDate ? formatDate(referral.boardMeetingDate) : t('referrals.noBoardDate')}</dd>
      <dt>{t('referrals.detail.outcome')}</dt>
      <dd>{d ? t(`referrals.outcomes.${d.outcome}`) : t('referrals.noDecision')}</dd>
      {d && (
        <>
          <dt>{t('referrals.detail.decidedOn')}</dt>
          <dd>{formatDate(d.decidedOn)}</dd>
          {d.reason && (
            <>
              <dt>{t('referrals.detail.decisionReason')}</dt>
              <dd className="pre-wrap">{d.reason}</dd>
            </>
          )}
          {d.plannedStartDate && (
            <>
              <dt>{t('referrals.detail.plannedStart')}</dt>
              <dd>{formatDate(d.plannedStartDate)}</dd>
            </>
          )}
          {d.groupStartName && (
            <>
              <dt>{t('referrals.detail.groupStart')}</dt>
              <dd>{d.groupStartName}</dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' };

/** Status changes, oldest first: status, who, when and the reason. */
export function ReferralHistory({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  if (referral.history.length === 0) return <EmptyState>{t('referrals.history.empty')}</EmptyState>;
  const events = [...referral.history].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <Process>
      {events.map((e) => (
        <Process.Event
          key={e.id}
          status="completed"
          title={t(`referrals.history.types.${e.type}`)}
          timestamp={`${formatDate(e.occurredAt, DATE_TIME)}${e.actor ? ` ${t('referrals.history.by', { actor: e.actor })}` : ''}`}
        >
          {e.reason && <BodyShort className="pre-wrap">{e.reason}</BodyShort>}
        </Process.Event>
      ))}
    </Process>
  );
}
