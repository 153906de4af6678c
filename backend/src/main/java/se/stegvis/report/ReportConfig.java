package se.stegvis.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Small-cell protection and the freshness of the report summary tables ({@code stegvis.reports.*}). */
@ConfigMapping(prefix = "stegvis.reports")
public interface ReportConfig {

    /**
     * Counts from 1 up to one below this are suppressed for callers who do not work in everything a
     * report covers (analysts, and coordinators and project managers beyond their own projects).
     */
    @WithDefault("5")
    int minCell();

    /** How often the summary tables are rebuilt (Quarkus duration, e.g. {@code 5m}); {@code off} disables it. */
    @WithDefault("5m")
    String refreshEvery();
}
