import { useState } from 'react';
import { BodyShort, Button, Modal, VStack } from '@navikt/ds-react';
import { PencilIcon } from '@navikt/aksel-icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useMe, type Group } from '../api/groups';
import { GroupForm } from './group-form';

interface EditGroupProps {
  group: Group;
  /** the ETag the group was read with: a change made meanwhile answers 412 instead of being overwritten */
  etag: string | undefined;
  onReload: () => void;
  reloading?: boolean;
  canOverrideCapacity: boolean;
}

/** "Ändra gruppen": name, description, dates, places and leadership of a group start. */
export function EditGroup({ group, etag, onReload, reloading, canOverrideCapacity }: EditGroupProps) {
  const { t } = useTranslation('groups');
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <VStack gap="space-8" align="start">
      <Button type="button" size="small" variant="secondary" icon={<PencilIcon aria-hidden />} onClick={() => setOpen(true)}>
        {t('groups.form.edit')}
      </Button>
      <BodyShort role="status" size="small">
        {status}
      </BodyShort>
      <Modal open={open} onClose={() => setOpen(false)} header={{ heading: t('groups.form.editTitle') }} width="medium">
        <Modal.Body>
          {me.isError ? (
            <ErrorAlert error={me.error} title={t('groups.errorTitle')} onRetry={() => void me.refetch()} />
          ) : me.isPending ? (
            <BodyShort>{t('groups.loading')}</BodyShort>
          ) : (
            open && (
              <GroupForm
                projects={[]}
                canOverrideCapacity={canOverrideCapacity}
                myUserId={me.data.userId}
                editing={{ group, etag, onReload, reloading }}
                onDone={() => {
                  setOpen(false);
                  setStatus(t('groups.form.updated'));
                }}
                onCancel={() => setOpen(false)}
              />
            )
          )}
        </Modal.Body>
      </Modal>
    </VStack>
  );
}
