import { useState, type FormEvent } from 'react';
import { BodyLong, Box, Button, Detail, HStack, Heading, Select, Tag, Textarea, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { ErrorAlert } from '@/components/error-alert';
import { EmptyState, SectionStatus } from '@/components/section-status';
import { FormButtons } from '@/components/form-buttons';
import { isIsoDate, todayIso } from '@/lib/dates';
import { fieldErrors } from '@/lib/etag';
import { formatDate } from '@/lib/i18n';
import { JOURNAL_CATEGORIES, useCreateJournalNote, useJournal, type JournalCategory } from '../api/journal';

export function JournalSection({ enrollmentId, readOnly }: { enrollmentId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const query = useJournal(enrollmentId);
  const [adding, setAdding] = useState(false);
  const headingId = `journal-${enrollmentId}`;
  return (
    <section aria-labelledby={headingId}>
      <HStack justify="space-between" align="center" className="section-heading">
        <Heading level="2" size="medium" id={headingId}>
          {t('journal.title')}
        </Heading>
        {!readOnly && !adding && (
          <Button type="button" size="small" variant="secondary" onClick={() => setAdding(true)}>
            {t('journal.add')}
          </Button>
        )}
      </HStack>
      <VStack gap="space-16">
        {adding && <JournalForm enrollmentId={enrollmentId} onDone={() => setAdding(false)} />}
        <SectionStatus query={query} errorTitle={t('journal.errorTitle')}>
          {() =>
            (query.data ?? []).length === 0 ? (
              <EmptyState>{t('journal.empty')}</EmptyState>
            ) : (
              <ul className="plain-list journal-list">
                {query.data!.map((note) => (
                  <li key={note.id}>
                    <Box padding="space-12" borderWidth="0 0 1 0" borderColor="neutral-subtle">
                      <HStack gap="space-8" align="center">
                        <Heading level="3" size="xsmall">
                          {formatDate(note.noteDate)}
                        </Heading>
                        <Tag size="xsmall" variant="moderate" data-color="neutral">
                          {t(`journal.categories.${note.category}`)}
                        </Tag>
                        {note.author && <Detail textColor="subtle">{note.author.name}</Detail>}
                      </HStack>
                      <BodyLong className="pre-wrap">{note.text}</BodyLong>
                    </Box>
                  </li>
                ))}
              </ul>
            )
          }
        </SectionStatus>
      </VStack>
    </section>
  );
}

function JournalForm({ enrollmentId, onDone }: { enrollmentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [noteDate, setNoteDate] = useState(todayIso());
  const [category, setCategory] = useState<JournalCategory>('contact');
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const mutation = useCreateJournalNote(enrollmentId);
  const server = fieldErrors(mutation.error);
  const dateError = !isIsoDate(noteDate) ? t('common.errors.date') : noteDate > todayIso() ? t('journal.errors.future') : undefined;
  const textError = submitted && !text.trim() ? t('journal.errors.text') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (dateError || !text.trim()) return;
    mutation.mutate({ noteDate, category, text: text.trim() }, { onSuccess: onDone });
  };

  return (
    <Box as="form" onSubmit={submit} noValidate padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle" aria-label={t('journal.formLabel')}>
      <VStack gap="space-16">
        <HStack gap="space-16" wrap align="start">
          <DateField label={t('journal.date')} value={noteDate} onChange={setNoteDate} error={dateError ?? server.noteDate} toDate={todayIso()} />
          <Select label={t('journal.category')} value={category} onChange={(e) => setCategory(e.target.value as JournalCategory)} error={server.category}>
            {JOURNAL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`journal.categories.${c}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <Textarea label={t('journal.text')} value={text} onChange={(e) => setText(e.target.value)} error={textError ?? server.text} maxLength={20000} minRows={4} />
        {mutation.isError && Object.keys(server).length === 0 && <ErrorAlert error={mutation.error} title={t('journal.saveError')} />}
        <FormButtons submitLabel={t('journal.save')} pending={mutation.isPending} onCancel={onDone} />
      </VStack>
    </Box>
  );
}
