-- What a caseload shows can be checked for change with one index-only read (CaseloadAnswers):
-- every change to data the caseload shows moves a stamp, whoever makes it (this instance, another
-- one, a retention run, plain SQL). The triggers are single statements, so they need no DELIMITER.
--
-- * enrollment.caseload_stamp moves on every update of the enrollment itself;
-- * caseload_change.stamp moves for an enrollment when one of its interventions, its participant's
--   name, sex or birth year, its project's name, its coordinator's display name or the category of
--   an intervention type it uses changes. It is a table of its own, not the enrollment's column,
--   because MariaDB refuses a trigger that writes a table the triggering statement reads (error
--   1442), and the retention run updates interventions joined with their enrollment.
-- Membership of the caseload (which enrollments are open, whose, and visible to the caller) is read
-- with the stamps, so an enrollment that comes or goes changes the answer's fingerprint too.

-- The new index covers the fingerprint read and starts like ix_enrollment_coordinator_status, which
-- it replaces (one index fewer for the optimizer to weigh on every caseload read, and to write).
ALTER TABLE enrollment ADD COLUMN caseload_stamp BIGINT NOT NULL DEFAULT 0,
  ADD KEY ix_enrollment_caseload_stamp (coordinator_id, status, project_id, municipality_code, caseload_stamp),
  DROP KEY ix_enrollment_coordinator_status;

CREATE TABLE caseload_change (
  enrollment_id UUID PRIMARY KEY,
  stamp BIGINT NOT NULL
);

CREATE TRIGGER tr_enrollment_caseload_stamp BEFORE UPDATE ON enrollment FOR EACH ROW
  SET NEW.caseload_stamp = OLD.caseload_stamp + 1;

CREATE TRIGGER tr_intervention_inserted_caseload AFTER INSERT ON intervention FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_updated_caseload AFTER UPDATE ON intervention FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_deleted_caseload AFTER DELETE ON intervention FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

-- The conditions compare OLD with NEW, constants within the trigger: an update that changes none
-- of the shown columns is an impossible WHERE and reads nothing.
CREATE TRIGGER tr_participant_caseload AFTER UPDATE ON participant FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp)
  SELECT e.id, 1 FROM enrollment e
  WHERE NOT (OLD.first_name <=> NEW.first_name AND OLD.last_name <=> NEW.last_name
             AND OLD.sex <=> NEW.sex AND OLD.birth_year <=> NEW.birth_year)
    AND e.participant_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_project_caseload AFTER UPDATE ON project FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp)
  SELECT e.id, 1 FROM enrollment e WHERE NOT (OLD.name <=> NEW.name) AND e.project_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_app_user_caseload AFTER UPDATE ON app_user FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp)
  SELECT e.id, 1 FROM enrollment e WHERE NOT (OLD.display_name <=> NEW.display_name) AND e.coordinator_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_type_caseload AFTER UPDATE ON intervention_type FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp)
  SELECT DISTINCT i.enrollment_id, 1 FROM intervention i WHERE NOT (OLD.category <=> NEW.category) AND i.type_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;
