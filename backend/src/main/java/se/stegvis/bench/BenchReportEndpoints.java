package se.stegvis.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.report.ReferenceReportSql;
import se.stegvis.report.ReportRefresher;

/**
 * Benchmark-only reference for the reports (issue #7), built like {@link BenchReferenceEndpoints}
 * only with {@code -Dstegvis.bench.enabled=true}:
 * <ul>
 *   <li>{@code GET /api/v1/_bench/reports/naive?projectId=&from=&to=} — the period summary's
 *       figures computed the naive way over the raw rows ({@link ReferenceReportSql}), to set
 *       against {@code GET /api/v1/reports/summary} for the same project (or, without
 *       {@code projectId}, the federation) and period;</li>
 *   <li>{@code POST /api/v1/_bench/reports/refresh} — rebuilds the report summary tables now,
 *       after the generator's bulk load (the product rebuilds them every few minutes).</li>
 * </ul>
 */
@IfBuildProperty(name = "stegvis.bench.enabled", stringValue = "true")
@Path("/_bench/reports")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BenchReportEndpoints {

    /** The figures of the period summary; the day-by-day BIP signals are not part of it. */
    private static final List<String> SUMMARY_FIGURES = List.of("activeAtEnd", "started", "exited", "workOrStudiesAtExit", "stays",
            "stepForward", "wellbeingMeasured", "wellbeingImproved");

    @Inject
    EntityManager em;

    @Inject
    ReportRefresher refresher;

    @GET
    @Path("/naive")
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Map<String, long[]> naive(@QueryParam("projectId") UUID projectId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        // A naive query at national scale can run for minutes: bound each statement so that a
        // forgotten request cannot hold the shared machine.
        em.createNativeQuery("SET SESSION max_statement_time = 300").executeUpdate();
        try {
            return new LinkedHashMap<>(ReferenceReportSql.compute(em, projectId, from, to, SwedishCalendar.today(), SUMMARY_FIGURES));
        } finally {
            em.createNativeQuery("SET SESSION max_statement_time = 0").executeUpdate();
        }
    }

    @POST
    @Path("/refresh")
    public Map<String, Object> refresh() {
        long started = System.nanoTime();
        boolean done = refresher.refresh();
        return Map.of("refreshed", done, "ms", (System.nanoTime() - started) / 1_000_000);
    }
}
