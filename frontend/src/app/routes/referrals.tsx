import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { BodyShort, HStack, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeading } from '@/components/page-heading';
import { PageLoader } from '@/components/page-loader';
import { useCurrentUser } from '@/lib/auth';
import { useReferral } from '@/features/referrals/api/referrals';
import { BoardView } from '@/features/referrals/components/board-view';
import { ReferralForm } from '@/features/referrals/components/referral-form';
import { ReferralList } from '@/features/referrals/components/referral-list';
import { ReferralStatusTag, usePersonLabel } from '@/features/referrals/components/referral-status-tag';
import { ReferralView } from '@/features/referrals/components/referral-view';
import { participantPath, paths, referralPath } from '../paths';

/** A project manager works the inbox; a partner caseworker follows their organisation's referrals. */
function useReferralMode(): 'manager' | 'partner' {
  const user = useCurrentUser();
  return user?.roles.includes('project-manager') ? 'manager' : 'partner';
}

/** `/remisser`: same address, different content by role. */
export function ReferralsRoute() {
  const { t } = useTranslation();
  const mode = useReferralMode();
  return (
    <VStack gap="space-16">
      <div>
        <PageHeading>{t('referrals.title')}</PageHeading>
        <BodyShort spacing>{mode === 'manager' ? t('referrals.inboxIntro') : t('referrals.partnerIntro')}</BodyShort>
        <HStack gap="space-24">
          {mode === 'manager' ? (
            <Link as={RouterLink} to={paths.referralBoard}>
              {t('referrals.boardLink')}
            </Link>
          ) : (
            <Link as={RouterLink} to={paths.newReferral}>
              {t('referrals.newReferral')}
            </Link>
          )}
        </HStack>
      </div>
      <ReferralList mode={mode} referralHref={(r) => referralPath(r.id)} />
    </VStack>
  );
}

/** `/remisser/:referralId` */
export function ReferralRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { referralId = '' } = useParams();
  const mode = useReferralMode();
  const query = useReferral(referralId);
  const personLabel = usePersonLabel();
  const back = (
    <BodyShort spacing>
      <Link as={RouterLink} to={paths.referrals}>
        {t('referrals.detail.back')}
      </Link>
    </BodyShort>
  );

  if (query.isPending) return <PageLoader label={t('referrals.detail.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeading>{t('referrals.detail.title')}</PageHeading>
        {back}
        <ErrorAlert error={query.error} title={t('referrals.detail.errorTitle')} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const { referral, etag } = query.data;
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('referrals.detail.title') + ': ' + personLabel(referral.person)}</PageHeading>
        <HStack gap="space-16" align="center">
          <ReferralStatusTag status={referral.status} size="medium" />
          {back}
        </HStack>
      </div>
      <ReferralView
        referral={referral}
        etag={etag}
        mode={mode}
        onReload={() => query.refetch()}
        onEnrolled={(enrollment) => void navigate(participantPath(enrollment.participantId, enrollment.id))}
      />
    </VStack>
  );
}

/** `/remisser/beredning` (project manager) */
export function ReferralBoardRoute() {
  const { t } = useTranslation();
  return (
    <VStack gap="space-16">
      <div>
        <PageHeading>{t('referrals.board.title')}</PageHeading>
        <BodyShort spacing>{t('referrals.board.intro')}</BodyShort>
        <Link as={RouterLink} to={paths.referrals}>
          {t('referrals.detail.back')}
        </Link>
      </div>
      <BoardView referralHref={(r) => referralPath(r.id)} />
    </VStack>
  );
}

/** `/remisser/ny` (partner caseworker) */
export function NewReferralRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  return (
    <VStack gap="space-16">
      <div>
        <PageHeading>{t('referrals.form.title')}</PageHeading>
        <BodyShort>{t('referrals.form.intro')}</BodyShort>
      </div>
      <ReferralForm
        caseworker={{ name: user?.name, email: user?.email }}
        onSubmitted={(referral) => void navigate(referralPath(referral.id), { replace: true })}
        onCancel={() => void navigate(paths.referrals)}
      />
    </VStack>
  );
}
