-- The period summary counts everything it shows by sex in one pass over the stays of its scope
-- (se.stegvis.report.ReportService#summaryFigures). This index holds every column that pass reads,
-- so a project's summary reads only its own stays' index entries and the federation's reads the
-- narrow index instead of the wide rows (JSON SUS columns included). It starts with the columns of
-- ix_ref_project, which it replaces.
ALTER TABLE report_enrollment_fact
  ADD KEY ix_ref_summary (project_id, municipality_code, sex, start_date, exit_date, exit_outcome,
    first_sub_goal_achieved_on, improved_items, wellbeing_first_mean, wellbeing_last_mean),
  DROP KEY ix_ref_project;
