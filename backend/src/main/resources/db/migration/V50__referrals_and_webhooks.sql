-- Referrals (remisser) from partner agencies, their history (which is also the webhook outbox's
-- source), idempotency keys for safe retries, the participant's consents recorded on enrollment,
-- and webhook subscriptions with their deliveries and attempts.

CREATE TABLE referral (
  id UUID PRIMARY KEY,
  project_id UUID NOT NULL,
  municipality_code CHAR(4) NOT NULL,
  status VARCHAR(12) NOT NULL,
  referring_organisation_id UUID NOT NULL,
  -- The person: identity number only encrypted + keyed hash, exactly as in `participant`.
  identity_type VARCHAR(20) NOT NULL,
  identity_cipher VARBINARY(128) NULL,
  identity_hash BINARY(32) NULL,
  identity_masked VARCHAR(20) NULL,
  birth_date DATE NULL,
  birth_year INT NULL,
  first_name VARCHAR(100) NULL,
  last_name VARCHAR(100) NULL,
  sex VARCHAR(10) NOT NULL,
  home_municipality_code CHAR(4) NULL,
  -- The referring caseworker, who stays the person's caseworker.
  caseworker_name VARCHAR(200) NOT NULL,
  caseworker_organisation_id UUID NULL,
  caseworker_email VARCHAR(200) NULL,
  caseworker_phone VARCHAR(40) NULL,
  reason TEXT NOT NULL,
  background MEDIUMTEXT NULL,
  known_to JSON NOT NULL,
  sus_entry_employment VARCHAR(20) NULL,
  sus_entry_extent_pct INT NULL,
  sus_entry_income_sources JSON NULL,
  sus_entry_months_support INT NULL,
  consent_purposes JSON NOT NULL,
  consent_given_on DATE NOT NULL,
  consent_organisation_ids JSON NOT NULL,
  consent_form_reference VARCHAR(200) NULL,
  board_meeting_date DATE NULL,
  screening_note TEXT NULL,
  screened_by UUID NULL,
  decision_outcome VARCHAR(10) NULL,
  decided_on DATE NULL,
  decision_reason TEXT NULL,
  planned_start_date DATE NULL,
  group_start_name VARCHAR(200) NULL,
  decided_by UUID NULL,
  withdrawal_reason TEXT NULL,
  enrollment_id UUID NULL,
  created_by UUID NULL,
  created_client VARCHAR(100) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_referral_org_updated (referring_organisation_id, updated_at, id),
  KEY ix_referral_project_updated (project_id, updated_at, id),
  KEY ix_referral_enrollment (enrollment_id),
  CONSTRAINT fk_referral_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_referral_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
  CONSTRAINT fk_referral_org FOREIGN KEY (referring_organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_referral_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

-- Every status change: the referral's history, and the source of the webhook outbox.
CREATE TABLE referral_event (
  id UUID PRIMARY KEY,
  referral_id UUID NOT NULL,
  type VARCHAR(30) NOT NULL,
  status VARCHAR(12) NOT NULL,
  reason TEXT NULL,
  actor VARCHAR(200) NULL,
  occurred_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
  KEY ix_referral_event_referral (referral_id, seq),
  CONSTRAINT fk_referral_event_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
);

-- Idempotency-Key of submitReferral, scoped to the caller's organisation and client.
-- The row is inserted first (INSERT IGNORE) so that concurrent retries wait on the unique key.
CREATE TABLE idempotency_key (
  organisation_id UUID NOT NULL,
  client_id VARCHAR(100) NOT NULL,
  idem_key VARCHAR(100) NOT NULL,
  request_hash BINARY(32) NOT NULL,
  referral_id UUID NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (organisation_id, client_id, idem_key),
  KEY ix_idempotency_created (created_at)
);

-- The participant's consents, one row per purpose (participation_sharing, sus, sip, evaluation).
CREATE TABLE consent (
  id UUID PRIMARY KEY,
  participant_id UUID NOT NULL,
  purpose VARCHAR(30) NOT NULL,
  given_on DATE NOT NULL,
  organisation_ids JSON NOT NULL,
  form_reference VARCHAR(200) NULL,
  source_referral_id UUID NULL,
  recorded_by UUID NULL,
  recorded_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  withdrawn_on DATE NULL,
  withdrawn_by UUID NULL,
  KEY ix_consent_participant (participant_id, purpose),
  CONSTRAINT fk_consent_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_consent_referral FOREIGN KEY (source_referral_id) REFERENCES referral (id)
);

CREATE TABLE webhook_subscription (
  id UUID PRIMARY KEY,
  organisation_id UUID NOT NULL,
  url VARCHAR(500) NOT NULL,
  -- The signing secret, encrypted like identity numbers (PersonalDataCipher).
  secret_cipher VARBINARY(255) NOT NULL,
  created_by_client VARCHAR(100) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  deleted_at TIMESTAMP(3) NULL,
  KEY ix_webhook_subscription_org (organisation_id, deleted_at),
  CONSTRAINT fk_webhook_subscription_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- The outbox: one row per event and subscription, written in the transaction of the change.
CREATE TABLE webhook_delivery (
  id UUID PRIMARY KEY,
  subscription_id UUID NOT NULL,
  event_id UUID NOT NULL,
  state VARCHAR(10) NOT NULL,
  attempt_count INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP(3) NULL,
  last_status INT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uk_webhook_delivery (subscription_id, event_id),
  KEY ix_webhook_delivery_due (state, next_attempt_at),
  CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
  CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES referral_event (id)
);

CREATE TABLE webhook_attempt (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  delivery_id UUID NOT NULL,
  at TIMESTAMP(3) NOT NULL,
  status_code INT NULL,
  error VARCHAR(500) NULL,
  KEY ix_webhook_attempt_delivery (delivery_id, at),
  CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id)
);
