import { useId, useState } from 'react';
import { DatePicker } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, isoToLocalDate, localDateToIso } from '@/lib/dates';

interface DateFieldProps {
  label: string;
  /** ISO `YYYY-MM-DD` or what the user is typing */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  /** latest selectable date in the calendar (ISO) */
  toDate?: string;
  fromDate?: string;
  size?: 'small' | 'medium';
}

/**
 * A date input in the Swedish way (ÅÅÅÅ-MM-DD), typed or picked with Aksel's calendar.
 * Controlled with a string so half-typed values survive and the form decides what is valid.
 */
export function DateField({ label, value, onChange, error, description, toDate, fromDate, size = 'medium' }: DateFieldProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const selected = isIsoDate(value) ? isoToLocalDate(value) : undefined;
  return (
    <DatePicker
      mode="single"
      open={open}
      onOpenToggle={() => setOpen((o) => !o)}
      onClose={() => setOpen(false)}
      selected={selected}
      onSelect={(date) => {
        if (date) onChange(localDateToIso(date));
        setOpen(false);
      }}
      toDate={toDate ? isoToLocalDate(toDate) : undefined}
      fromDate={fromDate ? isoToLocalDate(fromDate) : undefined}
      dropdownCaption
    >
      <DatePicker.Input
        id={id}
        label={label}
        description={description ?? t('common.dateFormat')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        size={size}
      />
    </DatePicker>
  );
}
