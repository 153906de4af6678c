package se.stegvis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import se.stegvis.testsupport.Api;
import se.stegvis.testsupport.Tokens;

/**
 * Reads are audited write-behind (batched, off the request path), yet no entry is lost: every
 * read has its entry once flushed, a full queue makes the reader write its own entry, and a
 * shutdown stores whatever is still queued.
 */
@QuarkusTest
class AuditWriteBehindTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditChain chain;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    private long entries(String username, String resource) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE username = :u AND resource = :r")
                .setParameter("u", username).setParameter("r", resource).getSingleResult()).longValue());
    }

    private long participantRows(String username, String resource) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM audit_event a JOIN audit_event_participant p ON p.event_id = COALESCE(a.participants_of, a.id)
                WHERE a.username = :u AND a.resource = :r""")
                .setParameter("u", username).setParameter("r", resource).getSingleResult()).longValue());
    }

    @Test
    void everyConcurrentReadHasItsEntryAndTheChainStillSeals() throws Exception {
        long before = entries("erik", "caseload");
        int reads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                done.add(pool.submit(() -> Api.as(Tokens.ERIK).get("/caseload").then().statusCode(200)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        audit.flush();
        assertEquals(before + reads, entries("erik", "caseload"), "one entry per read, none lost or doubled");
        chain.seal();
        assertEquals(java.util.Optional.empty(), chain.verify(), "entries stored in batches seal and verify");
    }

    /** A write-behind log of its own, so that closing it does not affect the application's. */
    private AuditLog separateLog(int capacity) {
        AuditLog log = new AuditLog();
        log.em = em;
        log.transactions = transactions;
        log.dataSource = dataSource;
        log.writeBehind = true;
        log.capacity = capacity;
        return log;
    }

    @Test
    void aShutdownStoresEverythingStillQueuedAndAFullQueueNeverDropsAnEntry() {
        String job = "wb-" + UUID.randomUUID().toString().substring(0, 8);
        AuditLog log = separateLog(2);
        // Holding the writer back fills the queue: the reads beyond its capacity are stored by the caller.
        log.storing.lock();
        try {
            for (int i = 0; i < 25; i++) {
                log.recordSystem(job, AuditLog.Action.READ, "write-behind-test", null, List.of(UUID.randomUUID(), UUID.randomUUID()));
            }
            long storedByCallers = entries(job, "write-behind-test");
            assertEquals(true, storedByCallers >= 23, "reads beyond the queue's capacity are stored at once: " + storedByCallers);
        } finally {
            log.storing.unlock();
        }
        log.close();
        assertEquals(25, entries(job, "write-behind-test"), "after the shutdown every entry is stored");
        assertEquals(50, participantRows(job, "write-behind-test"), "with every participant");
        log.recordSystem(job, AuditLog.Action.LIST, "write-behind-test", null, List.of());
        assertEquals(26, entries(job, "write-behind-test"), "after the shutdown, reads are stored synchronously");
    }
}
