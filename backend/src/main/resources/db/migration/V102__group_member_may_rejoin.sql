-- A member who has left a group may join it again later, as a new membership beside the ended one
-- (GroupService refuses only a membership that overlaps another of the same enrollment; the group's
-- row lock serialises additions). The index takes over the unique key's lookups and foreign key.
ALTER TABLE group_member
  ADD KEY ix_group_member (group_id, enrollment_id),
  DROP KEY uk_group_member;
