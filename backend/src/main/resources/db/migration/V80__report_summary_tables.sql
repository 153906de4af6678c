-- Issue #7: results and statistics. The reports never read the raw rows: they aggregate these
-- summary tables, rebuilt from the raw rows by se.stegvis.report.ReportRefresher (every few
-- minutes, in one backend instance at a time). Stays registered in error are left out.

-- What a project has spent per year (utfall), set against its budget.
ALTER TABLE project_budget ADD COLUMN IF NOT EXISTS spent_sek BIGINT NULL;

-- One row per stay (enrollment) with everything the reports count, pre-computed.
CREATE TABLE report_enrollment_fact (
  enrollment_id UUID PRIMARY KEY,
  project_id UUID NOT NULL,
  municipality_code CHAR(4) NOT NULL,
  sex VARCHAR(10) NOT NULL,
  start_date DATE NOT NULL,
  exit_date DATE NULL,
  exit_outcome VARCHAR(30) NULL,
  exit_work_extent_pct INT NULL,
  exit_wage_subsidy BOOLEAN NULL,
  follow_up_date DATE NULL,
  follow_up_outcome VARCHAR(30) NULL,
  coordinator_changes INT NOT NULL,
  next_assessment_due DATE NULL,
  first_sub_goal_achieved_on DATE NULL,
  -- Items of a progression instrument rated on at least two assessments, and how many of them
  -- rose from the first to the latest; the mean change over those items and its rounded bucket.
  measured_items INT NOT NULL,
  improved_items INT NOT NULL,
  mean_change DECIMAL(8,4) NULL,
  change_bucket INT NULL,
  -- Self-rated well-being: mean of the participant's ratings on the first and the last
  -- assessment of a well-being instrument (both null unless there are at least two).
  wellbeing_first_mean DECIMAL(8,4) NULL,
  wellbeing_last_mean DECIMAL(8,4) NULL,
  sus_entry_employment VARCHAR(20) NULL,
  sus_entry_income_sources JSON NULL,
  sus_exit_employment VARCHAR(20) NULL,
  sus_exit_income_sources JSON NULL,
  KEY ix_ref_project (project_id, municipality_code),
  KEY ix_ref_start (start_date),
  KEY ix_ref_exit (exit_date),
  KEY ix_ref_follow_up (follow_up_date)
);

-- First and latest rating per stay and progression item (coordinator's rating where given).
CREATE TABLE report_indicator_fact (
  enrollment_id UUID NOT NULL,
  item_id UUID NOT NULL,
  first_value INT NOT NULL,
  latest_value INT NOT NULL,
  PRIMARY KEY (enrollment_id, item_id),
  KEY ix_rif_item (item_id)
);

-- The stay cut into spans in which the set of running interventions does not change, so that
-- participant-days in any period are a sum of overlaps rather than a walk over every day.
-- span_to NULL: the span runs on while the stay is open (up to "today" when reported on).
CREATE TABLE report_day_span (
  enrollment_id UUID NOT NULL,
  span_from DATE NOT NULL,
  span_to DATE NULL,
  running INT NOT NULL,
  job_focused INT NOT NULL,
  PRIMARY KEY (enrollment_id, span_from)
);

-- When the summary tables were last rebuilt (one row).
CREATE TABLE report_refresh (
  id INT PRIMARY KEY,
  refreshed_at TIMESTAMP(3) NULL,
  duration_ms BIGINT NULL
);
INSERT INTO report_refresh (id, refreshed_at, duration_ms) VALUES (1, NULL, NULL);
