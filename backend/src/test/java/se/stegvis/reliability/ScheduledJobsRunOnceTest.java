package se.stegvis.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every {@code @Scheduled} job in the product runs in every backend instance, so each must make
 * sure its work is done once across instances, not once per instance. This test finds them all
 * in the source and fails on one that is not listed below with the guard that makes it safe, or
 * whose class no longer contains that guard. The two-instance drill
 * ({@code make drill-two-instances}) checks the behaviour itself.
 */
class ScheduledJobsRunOnceTest {

    /** Class.method → the SQL that makes the job run once across instances. */
    private static final Map<String, String> GUARDS = Map.of(
            "WebhookDispatcher.run", "FOR UPDATE SKIP LOCKED",
            "RetentionService.nightly", "GET_LOCK",
            "AuditChain.sealPeriodically", "GET_LOCK",
            "KeyRotation.rotatePeriodically", "GET_LOCK",
            "ReferralMaintenance.emitExitEvents", "GET_LOCK",
            "ReportRefresher.scheduled", "GET_LOCK",
            // A DELETE of rows older than 30 days: running it twice deletes nothing twice.
            "ReferralMaintenance.forgetOldKeys", "DELETE FROM idempotency_key");

    private static final Pattern SCHEDULED = Pattern.compile("@Scheduled\\((?:[^()]|\\([^()]*\\))*\\)\\s*(?:public\\s+|protected\\s+)?void\\s+(\\w+)\\s*\\(",
            Pattern.DOTALL);

    @Test
    void everyScheduledJobIsGuardedAgainstRunningInTwoInstances() throws IOException {
        Set<String> unguarded = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = SCHEDULED.matcher(source);
                while (m.find()) {
                    String job = file.getFileName().toString().replace(".java", "") + "." + m.group(1);
                    found.add(job);
                    String guard = GUARDS.get(job);
                    if (guard == null || !source.contains(guard)) {
                        unguarded.add(job);
                    }
                }
            }
        }
        assertTrue(found.size() >= GUARDS.size() - 1, "the scan found too few jobs, is the pattern broken? " + found);
        assertTrue(unguarded.isEmpty(), "These @Scheduled jobs would run once per backend instance: " + unguarded
                + ". Guard each with a database lock (GET_LOCK, as RetentionService does) or claim rows with"
                + " FOR UPDATE SKIP LOCKED, and list it in ScheduledJobsRunOnceTest.GUARDS.");
    }
}
