package se.stegvis.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.common.web.Sql;

/**
 * Makes tampering with the audit log detectable: each entry's hash is SHA-256(previous entry's hash
 * ‖ this entry's content ‖ its participant ids), sealed in id order shortly after the entry is
 * written and appended to {@code audit_seal} (V100); the entry itself is never changed. Changing,
 * inserting or deleting a sealed entry directly in the database breaks the chain from that entry
 * on, which {@link #verify()} reports.
 *
 * <p>Sealing runs off the request path (writes stay cheap) and, through a MariaDB named lock,
 * in one backend instance at a time.
 */
@ApplicationScoped
public class AuditChain {

    private static final int BATCH = 2000;
    private static final int HASHES_PER_INSERT = 500;
    /**
     * The hashed fields ({@value #HASHED} of them). An entry that refers to another's participant rows hashes the
     * reference ("@id"): the rows are covered by the hash of the entry that holds them, and reading
     * them again for each of the many entries that refer to them made sealing cost more than writing
     * the log.
     */
    private static final String COLUMNS = """
            SELECT e.id, e.occurred_at, e.user_id, e.username, e.roles, e.organisation_code, e.client_id, e.action,
                   e.resource, e.resource_id, e.participant_count,
                   CASE WHEN e.participants_of IS NULL
                     THEN (SELECT GROUP_CONCAT(p.participant_id ORDER BY p.participant_id SEPARATOR ',')
                           FROM audit_event_participant p WHERE p.event_id = e.id)
                     ELSE CONCAT('@', e.participants_of) END AS participants""";
    private static final int HASHED = 12;
    /** The column the seal adds after the hashed ones: whether the entry is old enough to seal. */
    private static final int OLD_ENOUGH = HASHED;
    /** The column verification adds after the hashed ones: the entry's stored hash, if any. */
    private static final int STORED_HASH = HASHED;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /**
     * How old an entry must be before it is sealed. Entries get their ids when they are written but
     * become visible when their request commits, so a later id can be visible before an earlier
     * one; sealing it then would chain it past the earlier entry, which the seal could never come
     * back for (the two-instance drill showed it under load). Longer than any transaction may last
     * (the transaction timeout is 60 s), every entry is visible by then.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "stegvis.audit.seal-after", defaultValue = "90s")
    java.time.Duration sealAfter;

    @Scheduled(every = "${stegvis.audit.seal-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealPeriodically() {
        try {
            seal();
        } catch (RuntimeException e) {
            Log.warnf("Sealing the audit log failed (%s); will retry", e.getClass().getSimpleName());
        }
    }

    /** Stores the entries still queued, then seals every unsealed entry; returns how many. */
    public int seal() {
        audit.flush();
        return QuarkusTransaction.requiringNew().call(this::sealStored);
    }

    private int sealStored() {
        Number locked = (Number) em.createNativeQuery("SELECT GET_LOCK('stegvis_audit_seal', 0)").getSingleResult();
        if (locked == null || locked.intValue() != 1) {
            return 0;
        }
        try {
            int sealed = 0;
            long last = lastSealedId();
            byte[] previous = previousHash(last + 1);
            while (true) {
                // Sealing stops at the first entry that is still too young: a read stored
                // write-behind can carry an earlier time than a change with a lower id, and the chain
                // must never skip an entry. The age is judged per row (by the database's clock);
                // asking the database for the first young entry instead scanned the log once per batch.
                @SuppressWarnings("unchecked")
                List<Object[]> next = em.createNativeQuery(COLUMNS + ", e.occurred_at <= CURRENT_TIMESTAMP(3) - INTERVAL "
                        + sealAfter.toMillis() * 1000 + " MICROSECOND FROM audit_event e WHERE e.id > " + last
                        + " ORDER BY e.id LIMIT " + BATCH).getResultList();
                int oldEnough = 0;
                while (oldEnough < next.size() && Sql.bool(next.get(oldEnough)[OLD_ENOUGH])) {
                    oldEnough++;
                }
                List<Object[]> rows = next.subList(0, oldEnough);
                if (rows.isEmpty()) {
                    return sealed;
                }
                List<byte[]> hashes = new ArrayList<>(rows.size());
                for (Object[] row : rows) {
                    previous = hash(previous, row);
                    hashes.add(previous);
                }
                em.unwrap(Session.class).doWork(c -> appendHashes(c, rows, hashes));
                sealed += rows.size();
                last = id(rows.get(rows.size() - 1));
                // Only a full batch of old-enough entries can have more behind it. Reading on after
                // a batch cut short by a young entry raced the age limit under steady writes: each
                // read of a whole batch found the few entries aged since the last one, and the loop
                // never ended (a third of MariaDB's statement time while assessments were recorded).
                if (oldEnough < BATCH) {
                    return sealed;
                }
            }
        } finally {
            em.createNativeQuery("SELECT RELEASE_LOCK('stegvis_audit_seal')").getSingleResult();
        }
    }

    /** The hashes, {@value #HASHES_PER_INSERT} entries per statement. */
    private static void appendHashes(Connection c, List<Object[]> rows, List<byte[]> hashes) throws SQLException {
        for (int from = 0; from < rows.size(); from += HASHES_PER_INSERT) {
            int n = Math.min(HASHES_PER_INSERT, rows.size() - from);
            String sql = "INSERT INTO audit_seal (event_id, chain_hash) VALUES (?, ?)" + ", (?, ?)".repeat(n - 1);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int p = 1;
                for (int i = from; i < from + n; i++) {
                    s.setLong(p++, id(rows.get(i)));
                    s.setBytes(p++, hashes.get(i));
                }
                s.executeUpdate();
            }
        }
    }

    /** The id of the first entry that breaks the chain, if any. */
    @Transactional
    public Optional<Long> verify() {
        return verifyAfter(0);
    }

    /**
     * As {@link #verify()}, for the entries after {@code anchorId}, trusting that entry's hash. Every
     * entry up to the highest sealed id must have its hash, and that last hash its entry.
     */
    @Transactional
    public Optional<Long> verifyAfter(long anchorId) {
        long lastSealed = lastSealedId();
        byte[] previous = anchorId == 0 ? new byte[32] : previousHash(anchorId + 1);
        long after = anchorId;
        while (after < lastSealed) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(COLUMNS + ", s.chain_hash FROM audit_event e"
                    + " LEFT JOIN audit_seal s ON s.event_id = e.id WHERE e.id > " + after + " AND e.id <= " + lastSealed
                    + " ORDER BY e.id LIMIT " + BATCH).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] row : rows) {
                byte[] stored = (byte[]) row[STORED_HASH];
                if (stored == null || !Arrays.equals(hash(previous, row), stored)) {
                    return Optional.of(id(row));
                }
                previous = stored;
                after = id(row);
            }
        }
        return after < lastSealed ? Optional.of(lastSealed) : Optional.empty();
    }

    /** The highest sealed id; 0 before anything is sealed. */
    public long lastSealedId() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(event_id), 0) FROM audit_seal").getSingleResult())
                .longValue();
    }

    private byte[] previousHash(long id) {
        @SuppressWarnings("unchecked")
        List<Object> hashes = em.createNativeQuery(
                "SELECT chain_hash FROM audit_seal WHERE event_id < :id ORDER BY event_id DESC LIMIT 1")
                .setParameter("id", id).getResultList();
        return hashes.isEmpty() ? new byte[32] : (byte[]) hashes.get(0);
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    private static byte[] hash(byte[] previous, Object[] row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            for (int i = 0; i < HASHED; i++) {
                byte[] field = String.valueOf(row[i]).getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(field.length).array());
                sha.update(field);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
