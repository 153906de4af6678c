-- The contract allows journal notes of 20,000 characters; in utf8mb4 that is up to 80,000 bytes,
-- more than TEXT's 65,535. MEDIUMTEXT holds 16 MB.
ALTER TABLE journal_note MODIFY body MEDIUMTEXT NOT NULL;

-- The journal is read newest first per enrollment; the sort needs created_at in the index too.
ALTER TABLE journal_note DROP INDEX ix_journal_enrollment,
  ADD KEY ix_journal_enrollment (enrollment_id, note_date, created_at);
