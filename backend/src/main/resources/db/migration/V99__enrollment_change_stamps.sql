-- The participant page's reads (interventions, assessments, the action plan, the participant's
-- enrollments) are kept as sent while nothing they show changes (common.web.KeptAnswers), as the
-- caseload has been since V96. Whether anything changed is read together with the access check, so
-- the stamps must move on every change to what those pages show, whoever makes it:
--
-- * caseload_change becomes enrollment_change: one stamp per enrollment for everything shown about
--   it. Besides what V96 covers it now moves with the enrollment's assessments, goals, sub-goals,
--   follow-up meetings and its phase, coordinator and extension history. Ratings need no trigger of
--   their own: they are written only with their assessment (an insert here) and changed only by the
--   retention run, which changes the enrollment in the same run. Eleven ratings firing a trigger
--   each would cost every recorded assessment eleven more writes.
-- * reference_change: one row whose stamp moves when anything the pages name changes for every
--   enrollment alike: a user's display name, an intervention type, an instrument, a project.
--
-- The table is renamed, so the V96 triggers that write it are created again under the new name.
-- Only AFTER triggers (see V96: MariaDB 11.4's BEFORE trigger defect with INSERT ... SELECT).

RENAME TABLE caseload_change TO enrollment_change;

DROP TRIGGER tr_enrollment_caseload;
DROP TRIGGER tr_intervention_inserted_caseload;
DROP TRIGGER tr_intervention_updated_caseload;
DROP TRIGGER tr_intervention_deleted_caseload;
DROP TRIGGER tr_participant_caseload;
DROP TRIGGER tr_project_caseload;
DROP TRIGGER tr_app_user_caseload;
DROP TRIGGER tr_intervention_type_caseload;

CREATE TABLE reference_change (
  id TINYINT PRIMARY KEY,
  stamp BIGINT NOT NULL
);
INSERT INTO reference_change (id, stamp) VALUES (1, 0);

-- What V96 covered, writing the renamed table.

CREATE TRIGGER tr_enrollment_change AFTER UPDATE ON enrollment FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_inserted_change AFTER INSERT ON intervention FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_updated_change AFTER UPDATE ON intervention FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_deleted_change AFTER DELETE ON intervention FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_participant_change AFTER UPDATE ON participant FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT e.id, 1 FROM enrollment e
  WHERE NOT (OLD.first_name <=> NEW.first_name AND OLD.last_name <=> NEW.last_name
             AND OLD.sex <=> NEW.sex AND OLD.birth_year <=> NEW.birth_year)
    AND e.participant_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_project_change AFTER UPDATE ON project FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT e.id, 1 FROM enrollment e WHERE NOT (OLD.name <=> NEW.name) AND e.project_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_app_user_change AFTER UPDATE ON app_user FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT e.id, 1 FROM enrollment e WHERE NOT (OLD.display_name <=> NEW.display_name) AND e.coordinator_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_intervention_type_change AFTER UPDATE ON intervention_type FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT DISTINCT i.enrollment_id, 1 FROM intervention i WHERE NOT (OLD.category <=> NEW.category) AND i.type_id = NEW.id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

-- The enrollment's assessments, plan and history.

CREATE TRIGGER tr_assessment_inserted_change AFTER INSERT ON assessment FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_assessment_updated_change AFTER UPDATE ON assessment FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_assessment_deleted_change AFTER DELETE ON assessment FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_goal_inserted_change AFTER INSERT ON plan_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_goal_updated_change AFTER UPDATE ON plan_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_goal_deleted_change AFTER DELETE ON plan_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_sub_goal_inserted_change AFTER INSERT ON plan_sub_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT g.enrollment_id, 1 FROM plan_goal g WHERE g.id = NEW.goal_id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_sub_goal_updated_change AFTER UPDATE ON plan_sub_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT g.enrollment_id, 1 FROM plan_goal g WHERE g.id IN (NEW.goal_id, OLD.goal_id)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_sub_goal_deleted_change AFTER DELETE ON plan_sub_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  SELECT g.enrollment_id, 1 FROM plan_goal g WHERE g.id = OLD.goal_id
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_follow_up_inserted_change AFTER INSERT ON plan_follow_up FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_follow_up_updated_change AFTER UPDATE ON plan_follow_up FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_follow_up_deleted_change AFTER DELETE ON plan_follow_up FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_phase_inserted_change AFTER INSERT ON enrollment_phase FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_phase_updated_change AFTER UPDATE ON enrollment_phase FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_phase_deleted_change AFTER DELETE ON enrollment_phase FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_coordinator_inserted_change AFTER INSERT ON enrollment_coordinator FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_coordinator_updated_change AFTER UPDATE ON enrollment_coordinator FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_coordinator_deleted_change AFTER DELETE ON enrollment_coordinator FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_extension_inserted_change AFTER INSERT ON enrollment_extension FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_extension_updated_change AFTER UPDATE ON enrollment_extension FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (NEW.enrollment_id, 1), (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_enrollment_extension_deleted_change AFTER DELETE ON enrollment_extension FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp) VALUES (OLD.enrollment_id, 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

-- What every enrollment's pages name alike. A user's row is written on every sign-in (last seen),
-- so only a changed display name counts.

CREATE TRIGGER tr_app_user_reference AFTER UPDATE ON app_user FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1 AND NOT (OLD.display_name <=> NEW.display_name);

CREATE TRIGGER tr_project_reference AFTER UPDATE ON project FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1;

CREATE TRIGGER tr_intervention_type_inserted_reference AFTER INSERT ON intervention_type FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1;

CREATE TRIGGER tr_intervention_type_updated_reference AFTER UPDATE ON intervention_type FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1;

CREATE TRIGGER tr_instrument_updated_reference AFTER UPDATE ON instrument FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1;

CREATE TRIGGER tr_instrument_item_updated_reference AFTER UPDATE ON instrument_item FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1;

CREATE TRIGGER tr_instrument_scale_step_updated_reference AFTER UPDATE ON instrument_scale_step FOR EACH ROW
  UPDATE reference_change SET stamp = stamp + 1 WHERE id = 1;
