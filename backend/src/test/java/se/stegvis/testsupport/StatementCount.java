package se.stegvis.testsupport;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Counts the SQL statements Hibernate prepares while serving HTTP requests, and only those: the
 * scheduled jobs (webhook dispatch, audit sealing, referral maintenance) run outside any request,
 * so one of them firing during a measured call cannot add to its count.
 */
@PersistenceUnitExtension
public class StatementCount implements StatementInspector {

    private static final AtomicLong PREPARED_FOR_REQUESTS = new AtomicLong();

    /** How many statements Hibernate prepared for the HTTP requests {@code calls} made. */
    public static long during(Runnable calls) {
        long before = PREPARED_FOR_REQUESTS.get();
        calls.run();
        return PREPARED_FOR_REQUESTS.get() - before;
    }

    @Override
    public String inspect(String sql) {
        if (servingRequest()) {
            PREPARED_FOR_REQUESTS.incrementAndGet();
        }
        return sql;
    }

    private static boolean servingRequest() {
        var container = Arc.container();
        return container != null && container.requestContext().isActive()
                && container.instance(CurrentVertxRequest.class).get().getCurrent() != null;
    }
}
