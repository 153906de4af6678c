import { BodyLong, BodyShort, Box, Button, HGrid, Heading, Process, Tag, VStack } from '@navikt/ds-react';
import { PrinterSmallIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/i18n';
import { useMunicipalities } from '@/lib/catalogue';
import type { Enrollment, SusStatus } from '../api/participant';

const PHASES = ['mapping', 'activity', 'trial', 'exit'] as const;

/** Project, municipality, phases, coordinator, dates, caseworker and SUS entry of one enrollment. */
export function EnrollmentDetails({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const municipalityName =
    municipalities.data?.find((m) => m.code === enrollment.municipalityCode)?.name ?? enrollment.municipalityCode;
  const currentIndex = PHASES.indexOf(enrollment.phase);

  return (
    <VStack gap="space-24">
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-24">
        <dl className="fact-grid">
          <dt>{t('enrollment.project')}</dt>
          <dd>{enrollment.projectName}</dd>
          <dt>{t('enrollment.municipality')}</dt>
          <dd>{municipalityName}</dd>
          <dt>{t('enrollment.started')}</dt>
          <dd>{formatDate(enrollment.startDate)}</dd>
          <dt>{t('enrollment.plannedEnd')}</dt>
          <dd>{formatDate(enrollment.plannedEndDate)}</dd>
          <dt>{t('enrollment.coordinator')}</dt>
          <dd>
            {enrollment.coordinator?.name ?? t('enrollment.noCoordinator')}{' '}
            {enrollment.coordinatorChanges > 0 ? (
              <Tag size="xsmall" variant="moderate" data-color="warning">
                {t('enrollment.coordinatorChanges', { count: enrollment.coordinatorChanges })}
              </Tag>
            ) : (
              <Tag size="xsmall" variant="moderate" data-color="success">
                {t('enrollment.sameCoordinator')}
              </Tag>
            )}
          </dd>
          <dt>{t('enrollment.caseworker')}</dt>
          <dd>
            {enrollment.referringCaseworker ? (
              <>
                {enrollment.referringCaseworker.name}
                {enrollment.referringCaseworker.email && <>, {enrollment.referringCaseworker.email}</>}
                {enrollment.referringCaseworker.phone && <>, {enrollment.referringCaseworker.phone}</>}
              </>
            ) : (
              t('enrollment.noCaseworker')
            )}
          </dd>
        </dl>
        <section aria-labelledby={`phases-${enrollment.id}`}>
          <Heading level="3" size="xsmall" id={`phases-${enrollment.id}`} spacing>
            {t('enrollment.phases')}
          </Heading>
          <Process>
            {PHASES.map((phase, index) => {
              const period = [...enrollment.phaseHistory].reverse().find((p) => p.phase === phase);
              const status = index < currentIndex ? 'completed' : index === currentIndex ? (phase === 'exit' ? 'completed' : 'active') : 'uncompleted';
              return (
                <Process.Event
                  key={phase}
                  title={t(`caseload.phases.${phase}`)}
                  timestamp={period ? t('enrollment.phaseFrom', { date: formatDate(period.fromDate) }) : undefined}
                  status={status}
                />
              );
            })}
          </Process>
        </section>
      </HGrid>

      {enrollment.extensions.length > 0 && (
        <section aria-labelledby={`ext-${enrollment.id}`}>
          <Heading level="3" size="xsmall" id={`ext-${enrollment.id}`} spacing>
            {t('enrollment.extensions')}
          </Heading>
          <ul className="plain-list">
            {enrollment.extensions.map((x) => (
              <li key={`${x.decidedOn}-${x.newPlannedEndDate}`}>
                <BodyShort>
                  {t('enrollment.extension', {
                    decidedOn: formatDate(x.decidedOn),
                    from: formatDate(x.previousPlannedEndDate),
                    to: formatDate(x.newPlannedEndDate),
                  })}
                  {x.reason ? ` – ${x.reason}` : ''}
                </BodyShort>
              </li>
            ))}
          </ul>
        </section>
      )}

      {enrollment.coordinatorHistory.length > 1 && (
        <section aria-labelledby={`coord-${enrollment.id}`}>
          <Heading level="3" size="xsmall" id={`coord-${enrollment.id}`} spacing>
            {t('enrollment.coordinatorHistory')}
          </Heading>
          <ul className="plain-list">
            {enrollment.coordinatorHistory.map((c) => (
              <li key={`${c.coordinator.userId}-${c.fromDate}`}>
                <BodyShort>
                  {c.coordinator.name}: {formatDate(c.fromDate)} – {c.toDate ? formatDate(c.toDate) : t('enrollment.now')}
                </BodyShort>
              </li>
            ))}
          </ul>
        </section>
      )}

      <SusSection title={t('enrollment.susEntry')} sus={enrollment.susEntry} id={`sus-${enrollment.id}`} />
    </VStack>
  );
}

function SusSection({ title, sus, id }: { title: string; sus: SusStatus | null | undefined; id: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Heading level="3" size="xsmall" id={id} spacing>
        {title}
      </Heading>
      {sus ? (
        <dl className="fact-grid">
          <dt>{t('enrollment.sus.employment')}</dt>
          <dd>
            {t(`enrollment.sus.employmentStatus.${sus.employmentStatus}`)}
            {sus.extentPct != null ? ` (${formatNumber(sus.extentPct)} %)` : ''}
          </dd>
          <dt>{t('enrollment.sus.income')}</dt>
          <dd>
            {sus.incomeSources.length > 0
              ? sus.incomeSources.map((s) => t(`enrollment.sus.incomeSources.${s}`)).join(', ')
              : t('enrollment.sus.none')}
          </dd>
          {sus.monthsOnPublicSupport != null && (
            <>
              <dt>{t('enrollment.sus.months')}</dt>
              <dd>{t('enrollment.sus.monthsValue', { count: sus.monthsOnPublicSupport })}</dd>
            </>
          )}
        </dl>
      ) : (
        <BodyShort textColor="subtle">{t('enrollment.sus.missing')}</BodyShort>
      )}
    </section>
  );
}

function printExitSummary() {
  const cleanUp = () => {
    document.body.classList.remove('printing-exit');
    window.removeEventListener('afterprint', cleanUp);
  };
  document.body.classList.add('printing-exit');
  window.addEventListener('afterprint', cleanUp);
  window.print();
}

/** Exit (avslut): outcome and the handover summary for the referring caseworker; printable on its own. */
export function ExitSummary({ enrollment, participantName }: { enrollment: Enrollment; participantName: string }) {
  const { t } = useTranslation();
  const exit = enrollment.exit;
  if (!exit) return null;
  return (
    <Box className="exit-summary" padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <VStack gap="space-16">
        <Heading level="2" size="medium">
          {t('enrollment.exit.title')}
        </Heading>
        <BodyShort className="print-only">
          {participantName} – {enrollment.projectName}
        </BodyShort>
        <dl className="fact-grid">
          <dt>{t('enrollment.exit.date')}</dt>
          <dd>{formatDate(exit.exitDate)}</dd>
          <dt>{t('enrollment.exit.outcome')}</dt>
          <dd>
            {t(`enrollment.exit.outcomes.${exit.outcome}`)}
            {exit.workExtentPct != null ? `, ${formatNumber(exit.workExtentPct)} %` : ''}
            {exit.wageSubsidy ? `, ${t('enrollment.exit.wageSubsidy')}` : ''}
          </dd>
          <dt>{t('enrollment.caseworker')}</dt>
          <dd>{enrollment.referringCaseworker?.name ?? t('enrollment.noCaseworker')}</dd>
          {enrollment.followUp && (
            <>
              <dt>{t('enrollment.exit.followUp')}</dt>
              <dd>
                {formatDate(enrollment.followUp.followUpDate)}: {t(`enrollment.exit.followUpOutcomes.${enrollment.followUp.outcome}`)}
              </dd>
            </>
          )}
        </dl>
        <div>
          <Heading level="3" size="xsmall" spacing>
            {t('enrollment.exit.summary')}
          </Heading>
          {exit.summary ? (
            <BodyLong className="pre-wrap">{exit.summary}</BodyLong>
          ) : (
            <BodyShort textColor="subtle">{t('enrollment.exit.noSummary')}</BodyShort>
          )}
        </div>
        <SusSection title={t('enrollment.susExit')} sus={enrollment.susExit} id={`susexit-${enrollment.id}`} />
        <div className="no-print">
          <Button type="button" variant="secondary" size="small" icon={<PrinterSmallIcon aria-hidden />} onClick={printExitSummary}>
            {t('enrollment.exit.print')}
          </Button>
        </div>
      </VStack>
    </Box>
  );
}
