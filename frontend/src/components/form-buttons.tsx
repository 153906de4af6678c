import { Button } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

interface FormButtonsProps {
  submitLabel: string;
  pending: boolean;
  /** when the form can be left without saving: an "Avbryt" button */
  onCancel?: () => void;
  size?: 'medium' | 'small';
}

/** A form's submit button, busy while it saves, and "Avbryt" beside it. */
export function FormButtons({ submitLabel, pending, onCancel, size = 'medium' }: FormButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" size={size} loading={pending}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button type="button" size={size} variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </div>
  );
}
