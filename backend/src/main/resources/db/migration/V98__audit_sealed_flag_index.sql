-- The seal finds the next unsealed entries through an index. Indexing chain_hash itself (V3's
-- ix_audit_unsealed) moved every sealed entry from the NULL end of that index to a random place
-- among the hashes, and nothing ever looks entries up by hash: sealing cost about twice as much
-- per entry as writing it. A flag derived from the hash keeps sealed entries in id order.
ALTER TABLE audit_event
  ADD COLUMN sealed BOOLEAN AS (chain_hash IS NOT NULL) VIRTUAL,
  ADD KEY ix_audit_sealed (sealed, id),
  DROP KEY ix_audit_unsealed;
