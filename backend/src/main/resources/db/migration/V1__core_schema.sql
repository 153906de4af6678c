-- The core of Stegvis: places, organisations, projects, participants, enrollments,
-- interventions, assessment instruments, assessments, action plans and journal notes.
-- Identifiers are native UUIDs; every updatable row carries a `version` for optimistic locking.

CREATE TABLE county (
  code CHAR(2) PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE municipality (
  code CHAR(4) PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  county_code CHAR(2) NOT NULL,
  CONSTRAINT fk_municipality_county FOREIGN KEY (county_code) REFERENCES county (code)
);

CREATE TABLE organisation (
  id UUID PRIMARY KEY,
  code VARCHAR(40) NOT NULL UNIQUE,
  name VARCHAR(200) NOT NULL,
  type VARCHAR(40) NOT NULL,
  municipality_code CHAR(4) NULL,
  CONSTRAINT fk_organisation_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

-- Users are Keycloak's; this table only remembers the names and organisations we have seen,
-- so that history (coordinator changes, authors) can show a name.
CREATE TABLE app_user (
  id UUID PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  organisation_code VARCHAR(40) NULL,
  last_seen_at TIMESTAMP(3) NULL,
  UNIQUE KEY uk_app_user_username (username)
);

CREATE TABLE instrument (
  id UUID PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  version INT NOT NULL,
  name_sv VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  description_sv TEXT NULL,
  scale_min INT NOT NULL,
  scale_max INT NOT NULL,
  purpose VARCHAR(20) NOT NULL,
  UNIQUE KEY uk_instrument_code_version (code, version)
);

CREATE TABLE instrument_scale_step (
  instrument_id UUID NOT NULL,
  value INT NOT NULL,
  label_sv VARCHAR(100) NOT NULL,
  label_en VARCHAR(100) NOT NULL,
  PRIMARY KEY (instrument_id, value),
  CONSTRAINT fk_scale_step_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

CREATE TABLE instrument_item (
  id UUID PRIMARY KEY,
  instrument_id UUID NOT NULL,
  position INT NOT NULL,
  item_key VARCHAR(60) NOT NULL,
  label_sv VARCHAR(300) NOT NULL,
  label_en VARCHAR(300) NOT NULL,
  participant_rates BOOLEAN NOT NULL,
  coordinator_rates BOOLEAN NOT NULL,
  predicts_employment BOOLEAN NOT NULL,
  UNIQUE KEY uk_item_key (instrument_id, item_key),
  UNIQUE KEY uk_item_position (instrument_id, position),
  CONSTRAINT fk_item_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

CREATE TABLE project (
  id UUID PRIMARY KEY,
  federation_id UUID NULL,
  name VARCHAR(200) NOT NULL,
  description TEXT NULL,
  start_date DATE NOT NULL,
  end_date DATE NULL,
  min_age INT NOT NULL DEFAULT 18,
  max_age INT NOT NULL DEFAULT 64,
  min_known_agencies INT NOT NULL DEFAULT 0,
  assessment_interval_months INT NOT NULL DEFAULT 3,
  max_stay_months INT NOT NULL DEFAULT 12,
  extension_months INT NOT NULL DEFAULT 6,
  goal_work_or_studies_pct INT NULL,
  goal_step_forward_pct INT NULL,
  goal_wellbeing_improved_pct INT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_project_federation FOREIGN KEY (federation_id) REFERENCES organisation (id)
);

CREATE TABLE project_municipality (
  project_id UUID NOT NULL,
  municipality_code CHAR(4) NOT NULL,
  capacity INT NOT NULL,
  PRIMARY KEY (project_id, municipality_code),
  CONSTRAINT fk_pm_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_pm_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE TABLE project_instrument (
  project_id UUID NOT NULL,
  instrument_id UUID NOT NULL,
  PRIMARY KEY (project_id, instrument_id),
  CONSTRAINT fk_pi_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_pi_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

CREATE TABLE project_budget (
  project_id UUID NOT NULL,
  budget_year INT NOT NULL,
  amount_sek BIGINT NOT NULL,
  PRIMARY KEY (project_id, budget_year),
  CONSTRAINT fk_pb_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- Which projects (and, optionally, which of their municipalities) a user works in.
-- A NULL municipality means every municipality the project serves.
CREATE TABLE user_assignment (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL,
  project_id UUID NOT NULL,
  municipality_code CHAR(4) NULL,
  UNIQUE KEY uk_assignment (user_id, project_id, municipality_code),
  CONSTRAINT fk_assignment_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_assignment_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE TABLE intervention_type (
  id UUID PRIMARY KEY,
  code VARCHAR(60) NOT NULL,
  name_sv VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  category VARCHAR(20) NOT NULL,
  project_id UUID NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  UNIQUE KEY uk_intervention_type_code (code),
  CONSTRAINT fk_it_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- The identity number is stored only encrypted (AES-GCM, key id in the first byte) and as a
-- keyed hash (HMAC-SHA-256) for exact look-up; see se.stegvis.common.crypto.
CREATE TABLE participant (
  id UUID PRIMARY KEY,
  identity_type VARCHAR(20) NOT NULL,
  identity_cipher VARBINARY(128) NULL,
  identity_hash BINARY(32) NULL,
  identity_masked VARCHAR(20) NULL,
  birth_date DATE NULL,
  protected_identity BOOLEAN NOT NULL DEFAULT FALSE,
  first_name VARCHAR(100) NULL,
  last_name VARCHAR(100) NULL,
  sex VARCHAR(10) NOT NULL,
  birth_year INT NOT NULL,
  home_municipality_code CHAR(4) NULL,
  education VARCHAR(30) NOT NULL DEFAULT 'unknown',
  interpreter_needed BOOLEAN NOT NULL DEFAULT FALSE,
  interpreter_language VARCHAR(60) NULL,
  created_by UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_participant_identity_hash (identity_hash),
  KEY ix_participant_name (last_name, first_name, id),
  KEY ix_participant_created (created_at, id),
  CONSTRAINT fk_participant_municipality FOREIGN KEY (home_municipality_code) REFERENCES municipality (code)
);

CREATE TABLE enrollment (
  id UUID PRIMARY KEY,
  participant_id UUID NOT NULL,
  project_id UUID NOT NULL,
  municipality_code CHAR(4) NOT NULL,
  start_date DATE NOT NULL,
  planned_end_date DATE NOT NULL,
  status VARCHAR(10) NOT NULL,
  phase VARCHAR(10) NOT NULL,
  coordinator_id UUID NULL,
  caseworker_name VARCHAR(200) NULL,
  caseworker_organisation_id UUID NULL,
  caseworker_email VARCHAR(200) NULL,
  caseworker_phone VARCHAR(40) NULL,
  referral_id UUID NULL,
  capacity_override_reason VARCHAR(1000) NULL,
  -- SUS variables at entry and exit; income sources as a JSON array of codes
  sus_entry_employment VARCHAR(20) NULL,
  sus_entry_extent_pct INT NULL,
  sus_entry_income_sources JSON NULL,
  sus_entry_months_support INT NULL,
  sus_exit_employment VARCHAR(20) NULL,
  sus_exit_extent_pct INT NULL,
  sus_exit_income_sources JSON NULL,
  sus_exit_months_support INT NULL,
  exit_date DATE NULL,
  exit_outcome VARCHAR(30) NULL,
  exit_work_extent_pct INT NULL,
  exit_wage_subsidy BOOLEAN NULL,
  exit_summary TEXT NULL,
  follow_up_date DATE NULL,
  follow_up_outcome VARCHAR(30) NULL,
  follow_up_note TEXT NULL,
  -- Kept in step by the services so that the caseload needs no per-row subqueries.
  last_assessment_on DATE NULL,
  next_assessment_due DATE NULL,
  last_plan_follow_up_on DATE NULL,
  -- Set only while open, so that the unique key allows one open enrollment per project.
  open_marker TINYINT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_enrollment_one_open (participant_id, project_id, open_marker),
  KEY ix_enrollment_project_status (project_id, status, municipality_code),
  KEY ix_enrollment_coordinator_status (coordinator_id, status),
  CONSTRAINT fk_enrollment_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT fk_enrollment_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_enrollment_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
  CONSTRAINT fk_enrollment_caseworker_org FOREIGN KEY (caseworker_organisation_id) REFERENCES organisation (id)
);

CREATE TABLE enrollment_phase (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  phase VARCHAR(10) NOT NULL,
  from_date DATE NOT NULL,
  changed_by UUID NULL,
  changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_phase_enrollment (enrollment_id, from_date),
  CONSTRAINT fk_phase_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE enrollment_coordinator (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  coordinator_id UUID NOT NULL,
  from_date DATE NOT NULL,
  to_date DATE NULL,
  changed_by UUID NULL,
  KEY ix_coordinator_enrollment (enrollment_id, from_date),
  CONSTRAINT fk_coordinator_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE enrollment_extension (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  previous_planned_end DATE NOT NULL,
  new_planned_end DATE NOT NULL,
  decided_on DATE NOT NULL,
  reason VARCHAR(2000) NULL,
  recorded_by UUID NULL,
  KEY ix_extension_enrollment (enrollment_id),
  CONSTRAINT fk_extension_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE intervention (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  type_id UUID NOT NULL,
  provider_organisation_id UUID NULL,
  provider_name VARCHAR(200) NULL,
  start_date DATE NOT NULL,
  planned_end_date DATE NULL,
  end_date DATE NULL,
  hours_per_week DECIMAL(4,1) NULL,
  status VARCHAR(12) NOT NULL,
  note TEXT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_intervention_enrollment (enrollment_id, start_date),
  CONSTRAINT fk_intervention_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
  CONSTRAINT fk_intervention_type FOREIGN KEY (type_id) REFERENCES intervention_type (id),
  CONSTRAINT fk_intervention_provider FOREIGN KEY (provider_organisation_id) REFERENCES organisation (id)
);

CREATE TABLE assessment (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  instrument_id UUID NOT NULL,
  assessed_on DATE NOT NULL,
  comment TEXT NULL,
  recorded_by UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_assessment_enrollment (enrollment_id, assessed_on),
  CONSTRAINT fk_assessment_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
  CONSTRAINT fk_assessment_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

-- Raw values as given; never rescaled.
CREATE TABLE assessment_rating (
  assessment_id UUID NOT NULL,
  item_id UUID NOT NULL,
  participant_value INT NULL,
  coordinator_value INT NULL,
  comment VARCHAR(2000) NULL,
  PRIMARY KEY (assessment_id, item_id),
  CONSTRAINT fk_rating_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
  CONSTRAINT fk_rating_item FOREIGN KEY (item_id) REFERENCES instrument_item (id)
);

CREATE TABLE plan_goal (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  title VARCHAR(300) NOT NULL,
  description TEXT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_goal_enrollment (enrollment_id),
  CONSTRAINT fk_goal_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE plan_sub_goal (
  id UUID PRIMARY KEY,
  goal_id UUID NOT NULL,
  description VARCHAR(2000) NOT NULL,
  target_date DATE NULL,
  status VARCHAR(10) NOT NULL,
  achieved_on DATE NULL,
  linked_item_keys JSON NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_sub_goal_goal (goal_id),
  CONSTRAINT fk_sub_goal_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id)
);

CREATE TABLE plan_follow_up (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  meeting_date DATE NOT NULL,
  attendees VARCHAR(1000) NULL,
  note TEXT NULL,
  recorded_by UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_plan_follow_up_enrollment (enrollment_id, meeting_date),
  CONSTRAINT fk_plan_follow_up_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

CREATE TABLE journal_note (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  note_date DATE NOT NULL,
  category VARCHAR(20) NOT NULL,
  body TEXT NOT NULL,
  author_id UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY ix_journal_enrollment (enrollment_id, note_date),
  CONSTRAINT fk_journal_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);
