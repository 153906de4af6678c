-- Issue #10: group starts with members, sessions and attendance; SIP meetings; a referral
-- accepted for a group start. "group" is a reserved word, hence participant_group.

CREATE TABLE participant_group (
  id UUID PRIMARY KEY,
  project_id UUID NOT NULL,
  name VARCHAR(200) NOT NULL,
  description TEXT NULL,
  start_date DATE NOT NULL,
  end_date DATE NULL,
  capacity INT NOT NULL DEFAULT 12,
  capacity_override_reason VARCHAR(1000) NULL,
  created_by UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_group_project (project_id, start_date),
  CONSTRAINT fk_group_project FOREIGN KEY (project_id) REFERENCES project (id)
);

CREATE TABLE group_leader (
  group_id UUID NOT NULL,
  user_id UUID NOT NULL,
  PRIMARY KEY (group_id, user_id),
  CONSTRAINT fk_leader_group FOREIGN KEY (group_id) REFERENCES participant_group (id),
  CONSTRAINT fk_leader_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- One row per enrollment and group: leaving ends the membership, the enrollment goes on.
CREATE TABLE group_member (
  id UUID PRIMARY KEY,
  group_id UUID NOT NULL,
  enrollment_id UUID NOT NULL,
  joined_on DATE NOT NULL,
  left_on DATE NULL,
  leave_reason VARCHAR(1000) NULL,
  capacity_override_reason VARCHAR(1000) NULL,
  added_by UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_group_member (group_id, enrollment_id),
  KEY ix_member_enrollment (enrollment_id),
  CONSTRAINT fk_member_group FOREIGN KEY (group_id) REFERENCES participant_group (id),
  CONSTRAINT fk_member_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);

-- Times are local (Europe/Stockholm) wall-clock times.
CREATE TABLE group_session (
  id UUID PRIMARY KEY,
  group_id UUID NOT NULL,
  session_date DATE NOT NULL,
  part_of_day VARCHAR(10) NULL,
  start_time TIME NULL,
  end_time TIME NULL,
  topic VARCHAR(500) NULL,
  location VARCHAR(200) NULL,
  partner_organisation_id UUID NULL,
  lecturer VARCHAR(200) NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'scheduled',
  cancellation_reason VARCHAR(1000) NULL,
  -- The attendance list is versioned on its own, so that correcting a topic does not make a
  -- list being taken stale (and the other way round).
  attendance_version BIGINT NOT NULL DEFAULT 0,
  attendance_recorded_by UUID NULL,
  attendance_recorded_at TIMESTAMP(3) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_session_group (group_id, session_date),
  CONSTRAINT fk_session_group FOREIGN KEY (group_id) REFERENCES participant_group (id),
  CONSTRAINT fk_session_partner FOREIGN KEY (partner_organisation_id) REFERENCES organisation (id)
);

CREATE TABLE group_attendance (
  session_id UUID NOT NULL,
  member_id UUID NOT NULL,
  status VARCHAR(20) NOT NULL,
  note VARCHAR(1000) NULL,
  PRIMARY KEY (session_id, member_id),
  KEY ix_attendance_member (member_id),
  CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES group_session (id),
  CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES group_member (id)
);

CREATE TABLE sip_meeting (
  id UUID PRIMARY KEY,
  enrollment_id UUID NOT NULL,
  meeting_date DATE NOT NULL,
  agreed MEDIUMTEXT NULL,
  next_meeting_date DATE NULL,
  consent_id UUID NULL,
  created_by UUID NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version BIGINT NOT NULL DEFAULT 0,
  KEY ix_sip_enrollment (enrollment_id, meeting_date),
  CONSTRAINT fk_sip_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
  CONSTRAINT fk_sip_consent FOREIGN KEY (consent_id) REFERENCES consent (id)
);

CREATE TABLE sip_meeting_participant (
  meeting_id UUID NOT NULL,
  position INT NOT NULL,
  organisation_id UUID NULL,
  organisation_name VARCHAR(200) NOT NULL,
  role VARCHAR(200) NOT NULL,
  person_name VARCHAR(200) NULL,
  PRIMARY KEY (meeting_id, position),
  CONSTRAINT fk_sip_participant_meeting FOREIGN KEY (meeting_id) REFERENCES sip_meeting (id),
  CONSTRAINT fk_sip_participant_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE sip_action_item (
  meeting_id UUID NOT NULL,
  position INT NOT NULL,
  who VARCHAR(200) NOT NULL,
  what VARCHAR(2000) NOT NULL,
  due_date DATE NULL,
  done BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (meeting_id, position),
  CONSTRAINT fk_sip_action_meeting FOREIGN KEY (meeting_id) REFERENCES sip_meeting (id)
);

ALTER TABLE referral ADD COLUMN group_id UUID NULL AFTER group_start_name,
  ADD CONSTRAINT fk_referral_group FOREIGN KEY (group_id) REFERENCES participant_group (id);
