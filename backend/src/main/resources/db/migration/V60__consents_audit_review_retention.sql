-- Consents: the note given with a withdrawal (V51 adds it as well; IF NOT EXISTS keeps either order working)
-- and the "active consent for this purpose" look-up.
ALTER TABLE consent
  ADD COLUMN IF NOT EXISTS withdrawal_note VARCHAR(2000) NULL,
  ADD KEY ix_consent_active (participant_id, purpose, withdrawn_on);

-- Audit review: events by action and time (unusual access), and the caseload test
-- "does this user coordinate an enrollment of this participant".
ALTER TABLE audit_event ADD KEY ix_audit_action_time (action, occurred_at);
ALTER TABLE enrollment ADD KEY ix_enrollment_coordinator_participant (coordinator_id, participant_id);

-- Legal holds (e.g. a pending appeal or a request for public records) keep a participant's
-- records from retention. One row per participant; released holds stay with held = FALSE.
CREATE TABLE legal_hold (
  participant_id UUID PRIMARY KEY,
  held BOOLEAN NOT NULL,
  reason VARCHAR(1000) NULL,
  since TIMESTAMP(3) NULL,
  set_by UUID NULL,
  released_at TIMESTAMP(3) NULL,
  released_by UUID NULL,
  CONSTRAINT fk_legal_hold_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

-- Retention (gallring) runs and what each removed or anonymised, per record type.
CREATE TABLE retention_run (
  id UUID PRIMARY KEY,
  started_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  finished_at TIMESTAMP(3) NULL,
  dry_run BOOLEAN NOT NULL,
  triggered_by VARCHAR(100) NULL,
  KEY ix_retention_run_started (started_at)
);

CREATE TABLE retention_run_result (
  run_id UUID NOT NULL,
  position INT NOT NULL,
  record_type VARCHAR(40) NOT NULL,
  action VARCHAR(12) NOT NULL,
  count INT NOT NULL,
  held_back INT NOT NULL,
  PRIMARY KEY (run_id, position),
  CONSTRAINT fk_retention_result_run FOREIGN KEY (run_id) REFERENCES retention_run (id)
);

-- Participants already anonymised, so that a run neither repeats nor recounts them.
CREATE TABLE retention_anonymised (
  participant_id UUID PRIMARY KEY,
  run_id UUID NOT NULL,
  anonymised_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_retention_anonymised_run (run_id),
  CONSTRAINT fk_retention_anonymised_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_retention_anonymised_run FOREIGN KEY (run_id) REFERENCES retention_run (id)
);
