-- The sub-goal triggers of V99 found the enrollment whose stamp they move with INSERT ... SELECT.
-- In MariaDB 11.4 a trigger running INSERT ... SELECT costs the server about 300 µs each time,
-- whether or not the SELECT finds a row; INSERT ... VALUES with the goal's enrollment read in a
-- scalar sub-query costs about 40 µs (measured 2026-11-23: 2,000 single-row inserts from a stored
-- procedure, 0.63-0.73 s against 0.09-0.14 s; 0.02 s with no trigger). Every sub-goal written paid
-- the difference, and generating the benchmark's 400,000 sub-goals took 108 s.
--
-- The stamps move as before. A sub-goal always has its goal (fk_sub_goal_goal, checked before the
-- trigger runs), so the sub-query always finds the enrollment. A sub-goal moved to another goal
-- moves both enrollments' stamps, as before; when the goal stays the same the one stamp moves by
-- two, which is still a move.
--
-- The fan-out triggers (a participant's, project's, user's or intervention type's name changing
-- every enrollment that shows it) keep INSERT ... SELECT: they must write one row per enrollment,
-- and they run only when those rarely-changed rows are updated.

DROP TRIGGER tr_plan_sub_goal_inserted_change;
DROP TRIGGER tr_plan_sub_goal_updated_change;
DROP TRIGGER tr_plan_sub_goal_deleted_change;

CREATE TRIGGER tr_plan_sub_goal_inserted_change AFTER INSERT ON plan_sub_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  VALUES ((SELECT g.enrollment_id FROM plan_goal g WHERE g.id = NEW.goal_id), 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_sub_goal_updated_change AFTER UPDATE ON plan_sub_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  VALUES ((SELECT g.enrollment_id FROM plan_goal g WHERE g.id = NEW.goal_id), 1),
         ((SELECT g.enrollment_id FROM plan_goal g WHERE g.id = OLD.goal_id), 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;

CREATE TRIGGER tr_plan_sub_goal_deleted_change AFTER DELETE ON plan_sub_goal FOR EACH ROW
  INSERT INTO enrollment_change (enrollment_id, stamp)
  VALUES ((SELECT g.enrollment_id FROM plan_goal g WHERE g.id = OLD.goal_id), 1)
  ON DUPLICATE KEY UPDATE stamp = stamp + 1;
