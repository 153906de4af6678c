import { HGrid, Select, TextField } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { PARTS_OF_DAY, type PartOfDay } from '../api/groups';
import { normaliseTime, type TimeError, type TimeValues } from '../utils';

interface TimeFieldsProps {
  idPrefix: string;
  values: TimeValues;
  onChange: (values: Partial<TimeValues>) => void;
  errors: { startTime?: TimeError; endTime?: TimeError };
  serverErrors?: Record<string, string>;
}

/** Part of the day and/or start and end time (HH:mm, "9" and "9.00" are tidied up on leaving the field). */
export function TimeFields({ idPrefix, values, onChange, errors, serverErrors = {} }: TimeFieldsProps) {
  const { t } = useTranslation('groups');
  const message = (e?: TimeError) => (e ? t(`groups.sessions.form.errors.${e}`) : undefined);
  return (
    <HGrid columns={{ xs: 1, sm: 3 }} gap="space-16">
      <Select
        id={`${idPrefix}-partOfDay`}
        label={t('groups.sessions.form.partOfDay')}
        value={values.partOfDay}
        onChange={(e) => onChange({ partOfDay: e.target.value as PartOfDay | '' })}
        error={serverErrors.partOfDay}
      >
        <option value="">{t('groups.sessions.form.noPartOfDay')}</option>
        {PARTS_OF_DAY.map((p) => (
          <option key={p} value={p}>
            {t(`groups.sessions.partsOfDay.${p}`)}
          </option>
        ))}
      </Select>
      <TextField
        id={`${idPrefix}-startTime`}
        label={t('groups.sessions.form.startTime')}
        description={t('groups.sessions.form.timeHelp')}
        value={values.startTime}
        onChange={(e) => onChange({ startTime: e.target.value })}
        onBlur={(e) => onChange({ startTime: normaliseTime(e.target.value) })}
        error={message(errors.startTime) ?? serverErrors.startTime}
        htmlSize={8}
        autoComplete="off"
      />
      <TextField
        id={`${idPrefix}-endTime`}
        label={t('groups.sessions.form.endTime')}
        description={t('groups.sessions.form.timeHelp')}
        value={values.endTime}
        onChange={(e) => onChange({ endTime: e.target.value })}
        onBlur={(e) => onChange({ endTime: normaliseTime(e.target.value) })}
        error={message(errors.endTime) ?? serverErrors.endTime}
        htmlSize={8}
        autoComplete="off"
      />
    </HGrid>
  );
}
