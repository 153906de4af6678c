-- Whether a caseload changed can be asked with one index read (CaseloadAnswers): every change to
-- data the caseload shows moves a stamp, whoever makes it (this instance, another one, a retention
-- run, plain SQL). The triggers are single statements, so they need no DELIMITER.
--
-- * caseload_change.stamp moves for an enrollment when it changes, or one of its interventions,
--   its participant's name, sex or birth year, its project's name, its coordinator's display name
--   or the category of an intervention type it uses;
-- * app_user.scope_stamp moves when the user's assignments (what they may see) change.
--
-- Only AFTER triggers: in MariaDB 11.4 a BEFORE trigger on a table makes INSERT ... SELECT into it
-- store NULL from the second row on ("Column 'id' cannot be null"). The stamps live in a table of
-- their own rather than in enrollment because MariaDB refuses a trigger that writes a table the
-- triggering statement reads (error 1442), and statements that change interventions read
-- enrollment (the retention run's).

CREATE TABLE caseload_change (
  enrollment_id UUID PRIMARY KEY,
  stamp BIGINT NOT NULL
);

-- Covers the fingerprint read; it starts like ix_enrollment_coordinator_status, which it replaces.
ALTER TABLE enrollment
  ADD KEY ix_enrollment_coordinator_status_project (coordinator_id, status, project_id),
  DROP KEY ix_enrollment_coordinator_status;

ALTER TABLE app_user ADD COLUMN scope_stamp BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER tr_enrollment_caseload AFTER UPDATE ON enrollment FOR EACH ROW
  INSERT INTO caseload_change (enrollment_id, stamp) VALUES (NEW.id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

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

CREATE TRIGGER tr_user_assignment_inserted_scope AFTER INSERT ON user_assignment FOR EACH ROW
  UPDATE app_user SET scope_stamp = scope_stamp + 1 WHERE id = NEW.user_id;

CREATE TRIGGER tr_user_assignment_updated_scope AFTER UPDATE ON user_assignment FOR EACH ROW
  UPDATE app_user SET scope_stamp = scope_stamp + 1 WHERE id IN (NEW.user_id, OLD.user_id);

CREATE TRIGGER tr_user_assignment_deleted_scope AFTER DELETE ON user_assignment FOR EACH ROW
  UPDATE app_user SET scope_stamp = scope_stamp + 1 WHERE id = OLD.user_id;
