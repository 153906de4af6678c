package se.stegvis.testsupport;

import org.hibernate.SessionFactory;

/** How many SQL statements Hibernate prepares for some calls (statistics are on in the test profile). */
public final class StatementCount {

    private StatementCount() {
    }

    /**
     * The least over three runs of {@code calls}, so that a scheduled job (audit sealing, referral
     * maintenance) running at the same moment does not count.
     */
    public static long leastOfThree(SessionFactory sessions, Runnable calls) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = sessions.getStatistics().getPrepareStatementCount();
            calls.run();
            least = Math.min(least, sessions.getStatistics().getPrepareStatementCount() - before);
        }
        return least;
    }
}
