package se.stegvis.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.model.Problem;
import se.stegvis.common.error.ProblemMappers;

/**
 * Each way a dead database shows itself (the pool cannot hand out a connection, the driver
 * cannot connect, the connection breaks mid-request) answers 503 problem+json with Retry-After,
 * never a 500. The database-outage drill ({@code make drill-db-outage}) shows it against a killed MariaDB.
 */
class DatabaseUnavailableIsA503Test {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void everyKindOfLostConnectionIs503() {
        for (Exception e : new Exception[] {
                new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"),
                new PersistenceException(new JDBCConnectionException("could not prepare statement",
                        new SQLNonTransientConnectionException("Socket fail to connect", new ConnectException("refused")))),
                new PersistenceException(new SQLNonTransientConnectionException("(conn=12) Connection reset")),
                // What Hibernate wrapped when the drill killed MariaDB mid-transaction.
                new PersistenceException(new GenericJDBCException("could not execute statement",
                        new java.sql.SQLException("Socket error", "08000"))),
                new PersistenceException(new GenericJDBCException("could not execute statement",
                        new java.sql.SQLException("Unexpected end of stream", "HY000", new java.io.EOFException()))) }) {
            Response r = mappers.unexpected(e, null);
            assertEquals(503, r.getStatus(), e.toString());
            assertEquals("application/problem+json", r.getMediaType().toString());
            assertEquals("5", r.getHeaderString("Retry-After"));
            assertEquals("https://stegvis.se/problems/unavailable", ((Problem) r.getEntity()).getType());
        }
    }

    /** Seen in the two-instance drill: a submission deadlocked with the retention run. */
    @Test
    void aDeadlockIsA503TryAgainNotA500() {
        Response r = mappers.unexpected(new jakarta.persistence.PessimisticLockException("could not execute statement",
                new java.sql.SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)), null);
        assertEquals(503, r.getStatus());
        assertEquals("1", r.getHeaderString("Retry-After"));
        assertEquals("https://stegvis.se/problems/busy", ((Problem) r.getEntity()).getType());
    }
}
