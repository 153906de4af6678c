-- Whether a caseload changed can be asked with one index-only read (CaseloadAnswers): every change
-- to data the caseload shows moves a stamp, whoever makes it (this instance, another one, a
-- retention run, plain SQL). The triggers are single statements, so they need no DELIMITER.
--
-- * enrollment.caseload_stamp moves on every update of the enrollment, and when one of its
--   interventions, its participant's name, sex or birth year, its project's name, its coordinator's
--   display name or the category of an intervention type it uses changes;
-- * app_user.scope_stamp moves when the user's assignments (what they may see) change.
--
-- MariaDB refuses a trigger that writes a table the triggering statement itself reads (error 1442):
-- a statement that changes interventions, participants, projects, users or intervention types must
-- not read enrollment (the retention run clears intervention notes by enrollment id for that
-- reason), and one that changes assignments must not read app_user.

-- The new index covers the fingerprint read and starts like ix_enrollment_coordinator_status, which
-- it replaces (one index fewer for the optimizer to weigh on every caseload read, and to write).
ALTER TABLE enrollment ADD COLUMN caseload_stamp BIGINT NOT NULL DEFAULT 0,
  ADD KEY ix_enrollment_caseload_stamp (coordinator_id, status, project_id, caseload_stamp),
  DROP KEY ix_enrollment_coordinator_status;

ALTER TABLE app_user ADD COLUMN scope_stamp BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER tr_enrollment_caseload_stamp BEFORE UPDATE ON enrollment FOR EACH ROW
  SET NEW.caseload_stamp = OLD.caseload_stamp + 1;

CREATE TRIGGER tr_intervention_inserted_caseload AFTER INSERT ON intervention FOR EACH ROW
  UPDATE enrollment SET caseload_stamp = caseload_stamp + 1 WHERE id = NEW.enrollment_id;

CREATE TRIGGER tr_intervention_updated_caseload AFTER UPDATE ON intervention FOR EACH ROW
  UPDATE enrollment SET caseload_stamp = caseload_stamp + 1 WHERE id IN (NEW.enrollment_id, OLD.enrollment_id);

CREATE TRIGGER tr_intervention_deleted_caseload AFTER DELETE ON intervention FOR EACH ROW
  UPDATE enrollment SET caseload_stamp = caseload_stamp + 1 WHERE id = OLD.enrollment_id;

-- The conditions compare OLD with NEW, constants within the trigger: an update that changes none
-- of the shown columns is an impossible WHERE and touches nothing.
CREATE TRIGGER tr_participant_caseload AFTER UPDATE ON participant FOR EACH ROW
  UPDATE enrollment SET caseload_stamp = caseload_stamp + 1
  WHERE NOT (OLD.first_name <=> NEW.first_name AND OLD.last_name <=> NEW.last_name
             AND OLD.sex <=> NEW.sex AND OLD.birth_year <=> NEW.birth_year)
    AND participant_id = NEW.id;

CREATE TRIGGER tr_project_caseload AFTER UPDATE ON project FOR EACH ROW
  UPDATE enrollment SET caseload_stamp = caseload_stamp + 1 WHERE NOT (OLD.name <=> NEW.name) AND project_id = NEW.id;

CREATE TRIGGER tr_app_user_caseload AFTER UPDATE ON app_user FOR EACH ROW
  UPDATE enrollment SET caseload_stamp = caseload_stamp + 1
  WHERE NOT (OLD.display_name <=> NEW.display_name) AND coordinator_id = NEW.id;

CREATE TRIGGER tr_intervention_type_caseload AFTER UPDATE ON intervention_type FOR EACH ROW
  UPDATE enrollment e JOIN intervention i ON i.enrollment_id = e.id SET e.caseload_stamp = e.caseload_stamp + 1
  WHERE NOT (OLD.category <=> NEW.category) AND i.type_id = NEW.id;

CREATE TRIGGER tr_user_assignment_inserted_scope AFTER INSERT ON user_assignment FOR EACH ROW
  UPDATE app_user SET scope_stamp = scope_stamp + 1 WHERE id = NEW.user_id;

CREATE TRIGGER tr_user_assignment_updated_scope AFTER UPDATE ON user_assignment FOR EACH ROW
  UPDATE app_user SET scope_stamp = scope_stamp + 1 WHERE id IN (NEW.user_id, OLD.user_id);

CREATE TRIGGER tr_user_assignment_deleted_scope AFTER DELETE ON user_assignment FOR EACH ROW
  UPDATE app_user SET scope_stamp = scope_stamp + 1 WHERE id = OLD.user_id;
