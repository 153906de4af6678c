-- A list read names the same participants as the reading before it far more often than not (a
-- coordinator reopening the caseload). Such an entry refers to the earlier entry's participant
-- rows instead of storing forty new ones: participants_of is the entry whose
-- audit_event_participant rows name this entry's participants (NULL: its own rows). Entries are
-- never deleted, so the rows referred to stay. Readers go through COALESCE(participants_of, id)
-- (AuditLog.participantRowsOf); the hash chain hashes the reference itself ("@id"), the rows being
-- covered by the hash of the entry that holds them.
ALTER TABLE audit_event ADD COLUMN participants_of BIGINT NULL;
