package se.stegvis.audit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import se.stegvis.common.security.CurrentUser;

/**
 * Writes who read or changed which participants' data. Called by every service that returns or
 * changes participant data. Entries hold ids only, never identity numbers or names.
 *
 * <p>Where an entry is written:
 * <ul>
 * <li>inside a transaction (every change): in that transaction, so that a change is never stored
 * without its audit entry, and an entry never without its change;</li>
 * <li>a read or list outside a transaction (the services' plain reads): handed to a bounded
 * write-behind queue. One writer thread stores whatever has queued up in one transaction with
 * multi-row inserts, immediately and without waiting for more (group commit: under load many
 * reads share one commit, when idle an entry is stored within milliseconds). A full queue makes
 * the reader write its own entry synchronously (back-pressure, nothing is dropped); a failed
 * batch is retried; a graceful shutdown stores everything queued before the database goes away;
 * {@link #flush()} lets readers of the log (audit review, sealing) see every entry recorded
 * before. Only an abrupt end of the process (kill -9, power loss) can lose the reads of the
 * last moments — never a change's entry. An entry naming exactly the participants of one the
 * writer stored recently refers to that entry's participant rows (column {@code participants_of})
 * instead of storing them again: a reopened caseload costs one row, not forty;</li>
 * <li>anything else outside a transaction (identity reveals, exports, system jobs): synchronously
 * in a transaction of its own.</li>
 * </ul>
 */
@ApplicationScoped
public class AuditLog {

    public enum Action {
        READ, LIST, CREATE, UPDATE, REVEAL_IDENTITY, EXPORT
    }

    private static final int PARTICIPANTS_PER_INSERT = 1000;
    /** Entries per write-behind transaction: bounds one statement's size, not the latency. */
    private static final int ENTRIES_PER_BATCH = 500;
    private static final String EVENT_COLUMNS = "INSERT INTO audit_event (occurred_at, user_id, username, roles, organisation_code,"
            + " client_id, action, resource, resource_id, participant_count, participants_of) VALUES ";
    /** How many recently stored participant lists the writer remembers ({@link #storedLists}). */
    private static final int REMEMBERED_LISTS = 1000;

    /** One entry, complete when recorded (the caller's identity is request-scoped). */
    record Entry(Instant at, UUID userId, String username, String roles, String org, String client, Action action,
            String resource, UUID resourceId, List<UUID> participants) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "stegvis.audit.write-behind.enabled", defaultValue = "true")
    boolean writeBehind;

    @ConfigProperty(name = "stegvis.audit.write-behind.capacity", defaultValue = "20000")
    int capacity;

    private volatile BlockingQueue<Entry> queue;
    private final Semaphore queued = new Semaphore(0);
    /** Held while entries are taken from the queue and stored, so that flush() can wait for a batch in flight. */
    final ReentrantLock storing = new ReentrantLock();
    /** Read-locked while offering to the queue, write-locked to close it: nothing slips in after the last drain. */
    private final ReentrantReadWriteLock accepting = new ReentrantReadWriteLock();
    private volatile boolean open;
    private Thread writer;
    /**
     * Participant lists the write-behind batches stored, with the entry holding their rows; most
     * recently used last. Guarded by {@link #storing}; only committed entries are in it.
     */
    private final Map<List<UUID>, Long> storedLists = new LinkedHashMap<>(REMEMBERED_LISTS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<UUID>, Long> eldest) {
            return size() > REMEMBERED_LISTS;
        }
    };

    /**
     * SQL for the entry whose {@code audit_event_participant} rows name the participants of audit
     * entry alias {@code event}: every reader of the log joins through it.
     */
    public static String participantRowsOf(String event) {
        return "COALESCE(" + event + ".participants_of, " + event + ".id)";
    }

    public void record(Action action, String resource, UUID resourceId, Collection<UUID> participantIds) {
        write(new Entry(Instant.now(), user.id(), user.username(), user.sortedRoles(),
                user.organisationCode(), user.clientId(), action, resource, resourceId, distinct(participantIds)));
    }

    public void record(Action action, String resource, UUID resourceId, UUID participantId) {
        record(action, resource, resourceId, participantId == null ? List.of() : List.of(participantId));
    }

    /**
     * An entry written by the system itself, outside any request (the nightly retention job):
     * no user, {@code system} as the client and the job's name as the username.
     */
    public void recordSystem(String job, Action action, String resource, UUID resourceId, Collection<UUID> participantIds) {
        write(new Entry(Instant.now(), null, job, null, null, "system", action, resource, resourceId, distinct(participantIds)));
    }

    /** Stores every entry recorded before this call; returns when they are committed. */
    public void flush() {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            // The batch commits on its own connection, never as part of the caller's transaction.
            QuarkusTransaction.suspendingExisting().run(this::flush);
            return;
        }
        storing.lock();
        try {
            List<Entry> batch = new ArrayList<>();
            while (queue != null && queue.drainTo(batch, ENTRIES_PER_BATCH) > 0) {
                storeWithRetry(batch);
                batch.clear();
            }
        } finally {
            storing.unlock();
        }
    }

    private static List<UUID> distinct(Collection<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private void write(Entry entry) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            insertInTransaction(entry);
            return;
        }
        if ((entry.action() == Action.READ || entry.action() == Action.LIST) && enqueue(entry)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> insertInTransaction(entry));
    }

    private boolean enqueue(Entry entry) {
        if (!writeBehind) {
            return false;
        }
        accepting.readLock().lock();
        try {
            if (!open) {
                start();
            }
            if (!open || !queue.offer(entry)) {
                return false;
            }
        } finally {
            accepting.readLock().unlock();
        }
        queued.release();
        return true;
    }

    private synchronized void start() {
        if (open || writer != null) {
            return; // already running, or closed for good by a shutdown
        }
        queue = new ArrayBlockingQueue<>(capacity);
        open = true;
        writer = new Thread(this::drainLoop, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void drainLoop() {
        List<Entry> batch = new ArrayList<>(ENTRIES_PER_BATCH);
        while (open) {
            try {
                if (!queued.tryAcquire(1, TimeUnit.SECONDS)) {
                    continue;
                }
            } catch (InterruptedException e) {
                break;
            }
            queued.drainPermits();
            storing.lock();
            try {
                while (queue.drainTo(batch, ENTRIES_PER_BATCH) > 0) {
                    storeWithRetry(batch);
                    batch.clear();
                }
            } finally {
                storing.unlock();
            }
        }
    }

    /** Retries until stored: entries are never dropped; while the database is away the queue fills and readers write themselves. */
    private void storeWithRetry(List<Entry> batch) {
        long backoffMs = 100;
        while (true) {
            try {
                store(batch);
                return;
            } catch (SQLException | RuntimeException e) {
                Log.warnf("Storing %d audit entries failed (%s); retrying", batch.size(), e.getClass().getSimpleName());
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                backoffMs = Math.min(5000, backoffMs * 2);
            }
        }
    }

    /** One transaction on a connection of its own; called holding {@link #storing}. */
    private void store(List<Entry> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<List<UUID>, Long> newLists = insert(c, batch, storedLists);
                c.commit();
                storedLists.putAll(newLists);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * The events in one multi-row insert (ids back through RETURNING), then the participants of those
     * whose list is not among {@code stored} (committed lists and the entries holding their rows;
     * empty inside a change's transaction). Returns the lists this insert stored rows for.
     */
    private static Map<List<UUID>, Long> insert(Connection c, List<Entry> batch, Map<List<UUID>, Long> stored) throws SQLException {
        StringBuilder sql = new StringBuilder(EVENT_COLUMNS);
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(FROM_UNIXTIME(?),?,?,?,?,?,?,?,?,?,?)");
        }
        Long[] participantsOf = new Long[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            List<UUID> participants = batch.get(i).participants();
            participantsOf[i] = participants.isEmpty() ? null : stored.get(participants);
        }
        List<Long> ids = new ArrayList<>(batch.size());
        try (PreparedStatement s = c.prepareStatement(sql.append(" RETURNING id").toString())) {
            int p = 1;
            for (int i = 0; i < batch.size(); i++) {
                Entry e = batch.get(i);
                s.setBigDecimal(p++, BigDecimal.valueOf(e.at().toEpochMilli(), 3));
                setUuid(s, p++, e.userId());
                s.setString(p++, e.username());
                s.setString(p++, e.roles());
                s.setString(p++, e.org());
                s.setString(p++, e.client());
                s.setString(p++, e.action().name());
                s.setString(p++, e.resource());
                setUuid(s, p++, e.resourceId());
                s.setInt(p++, e.participants().size());
                if (participantsOf[i] == null) {
                    s.setNull(p++, Types.BIGINT);
                } else {
                    s.setLong(p++, participantsOf[i]);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        if (ids.size() != batch.size()) {
            throw new SQLException("expected " + batch.size() + " audit ids, got " + ids.size());
        }
        List<Object[]> pairs = new ArrayList<>();
        Map<List<UUID>, Long> newLists = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (participantsOf[i] != null) {
                continue;
            }
            List<UUID> participants = batch.get(i).participants();
            if (!participants.isEmpty()) {
                newLists.putIfAbsent(participants, ids.get(i));
            }
            for (UUID participant : participants) {
                pairs.add(new Object[] { ids.get(i), participant });
            }
        }
        // In chunks: a system entry (retention) may name thousands of participants.
        for (int from = 0; from < pairs.size(); from += PARTICIPANTS_PER_INSERT) {
            List<Object[]> chunk = pairs.subList(from, Math.min(pairs.size(), from + PARTICIPANTS_PER_INSERT));
            StringBuilder insert = new StringBuilder("INSERT INTO audit_event_participant (event_id, participant_id) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                insert.append(i == 0 ? "(?,?)" : ",(?,?)");
            }
            try (PreparedStatement s = c.prepareStatement(insert.toString())) {
                int p = 1;
                for (Object[] pair : chunk) {
                    s.setLong(p++, (Long) pair[0]);
                    s.setString(p++, pair[1].toString());
                }
                s.executeUpdate();
            }
        }
        return newLists;
    }

    private static void setUuid(PreparedStatement s, int index, UUID value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value.toString());
        }
    }

    /**
     * The entry on the transaction's own connection, with the same plain JDBC as the write-behind
     * batches: a Hibernate native query would first flush the whole session (dirty-checking every
     * entity the change loaded) and cost another round trip for the id.
     */
    private void insertInTransaction(Entry entry) {
        em.unwrap(Session.class).doWork(c -> insert(c, List.of(entry), Map.of()));
    }

    /** A graceful shutdown: after the last request (Quarkus waits for those), store everything still queued. */
    void onShutdown(@Observes ShutdownEvent event) {
        close();
    }

    @PreDestroy
    void close() {
        accepting.writeLock().lock();
        try {
            if (writer == null && !open) {
                writer = Thread.currentThread(); // never start after a shutdown
                return;
            }
            open = false;
        } finally {
            accepting.writeLock().unlock();
        }
        flush();
        if (writer != null && writer != Thread.currentThread()) {
            writer.interrupt();
        }
    }
}
