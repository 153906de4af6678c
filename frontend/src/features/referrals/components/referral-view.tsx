import { useState } from 'react';
import { Alert, Button, HStack, Heading, Modal, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { Enrollment, Referral } from '../api/referrals';
import { canDecide, canEnroll, canScreen, canWithdraw } from '../utils';
import { DecisionForm, EnrollForm, ScreeningForm, WithdrawForm } from './action-forms';
import { ExitSummarySection } from './exit-summary';
import { ReferralDetails } from './referral-details';

type Action = 'screen' | 'decide' | 'enroll' | 'withdraw';

interface ReferralViewProps {
  referral: Referral;
  etag: string;
  /** project manager: screening, decision, enrollment; partner caseworker: withdrawal */
  mode: 'manager' | 'partner';
  onReload: () => Promise<unknown>;
  onEnrolled: (enrollment: Enrollment) => void;
}

/** The referral page body: the actions the role and status allow (each in a dialog), then the details. */
export function ReferralView({ referral, etag, mode, onReload, onEnrolled }: ReferralViewProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | undefined>();
  const [done, setDone] = useState('');
  const s = referral.status;
  const actions: [Action, string, 'primary' | 'secondary'][] = [];
  if (mode === 'manager') {
    if (canScreen(s)) actions.push(['screen', t('referrals.screening.open'), s === 'submitted' ? 'primary' : 'secondary']);
    if (canDecide(s)) actions.push(['decide', t('referrals.decision.open'), 'primary']);
    if (canEnroll(s)) actions.push(['enroll', t('referrals.enroll.open'), 'primary']);
  } else if (canWithdraw(s)) {
    actions.push(['withdraw', t('referrals.withdraw.open'), 'secondary']);
  }
  const close = () => setAction(undefined);
  const finished = (message: string) => () => {
    setDone(message);
    close();
  };
  const titles: Record<Action, string> = {
    screen: t('referrals.screening.title'),
    decide: t('referrals.decision.title'),
    enroll: t('referrals.enroll.title'),
    withdraw: t('referrals.withdraw.title'),
  };
  const common = { referral, etag, onReload, onCancel: close };

  return (
    <VStack gap="space-32">
      <div role="status">
        {done && (
          <Alert variant="success" size="small">
            {done}
          </Alert>
        )}
      </div>
      {actions.length > 0 && (
        <section aria-labelledby="referral-actions">
          <Heading level="2" size="small" id="referral-actions" spacing>
            {t('referrals.detail.actionsHeading')}
          </Heading>
          <HStack gap="space-8">
            {actions.map(([key, label, variant]) => (
              <Button
                key={key}
                type="button"
                variant={variant}
                onClick={() => {
                  setDone('');
                  setAction(key);
                }}
              >
                {label}
              </Button>
            ))}
          </HStack>
        </section>
      )}
      {s === 'enrolled' && <ExitSummarySection referralId={referral.id} />}
      <ReferralDetails referral={referral} />

      <Modal open={action !== undefined} onClose={close} header={{ heading: action ? titles[action] : '' }} width="medium">
        <Modal.Body>
          {action === 'screen' && <ScreeningForm {...common} onDone={finished(t('referrals.screening.done'))} />}
          {action === 'decide' && <DecisionForm {...common} onDone={finished(t('referrals.decision.done'))} />}
          {action === 'enroll' && <EnrollForm {...common} onEnrolled={onEnrolled} />}
          {action === 'withdraw' && <WithdrawForm {...common} onDone={finished(t('referrals.withdraw.done'))} />}
        </Modal.Body>
      </Modal>
    </VStack>
  );
}
