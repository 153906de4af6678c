-- Participant list and caseload: keys the keyset pagination and the visibility filter need.

-- Sort keys for "name" ordering that are never NULL (anonymous participants may have no name),
-- so that the keyset comparison (last, first, id) is a plain range over one index.
ALTER TABLE participant
  ADD COLUMN sort_last_name VARCHAR(100) AS (COALESCE(last_name, '')) PERSISTENT,
  ADD COLUMN sort_first_name VARCHAR(100) AS (COALESCE(first_name, '')) PERSISTENT,
  ADD KEY ix_participant_sort_name (sort_last_name, sort_first_name, id),
  -- "Created by the caller" is half of the visibility rule.
  ADD KEY ix_participant_created_by (created_by, created_at);

-- Prefix search on the first name (the last name is served by ix_participant_sort_name).
ALTER TABLE participant ADD KEY ix_participant_first_name (first_name);

-- A participant's enrollments in the visibility check and the list's open-enrollment summary.
ALTER TABLE enrollment ADD KEY ix_enrollment_participant_status (participant_id, status, start_date);

-- The six-month follow-up list: exited enrollments without a recorded follow-up.
ALTER TABLE enrollment ADD KEY ix_enrollment_follow_up (status, follow_up_date, exit_date);
