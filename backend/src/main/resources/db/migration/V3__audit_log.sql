-- Append-only audit log of every read and change of participant data. The application only
-- ever INSERTs here; a sealing job chains each entry's hash to the previous one, so that an
-- entry altered or removed directly in the database breaks the chain.
CREATE TABLE audit_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  user_id UUID NULL,
  username VARCHAR(100) NULL,
  roles VARCHAR(200) NULL,
  organisation_code VARCHAR(40) NULL,
  client_id VARCHAR(100) NULL,
  action VARCHAR(20) NOT NULL,
  resource VARCHAR(60) NOT NULL,
  resource_id UUID NULL,
  participant_count INT NOT NULL DEFAULT 0,
  chain_hash BINARY(32) NULL,
  KEY ix_audit_user_time (user_id, occurred_at),
  KEY ix_audit_time (occurred_at),
  KEY ix_audit_unsealed (chain_hash, id)
);

CREATE TABLE audit_event_participant (
  event_id BIGINT NOT NULL,
  participant_id UUID NOT NULL,
  PRIMARY KEY (event_id, participant_id),
  KEY ix_audit_participant (participant_id, event_id),
  CONSTRAINT fk_audit_participant_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
);
