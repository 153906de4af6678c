package se.stegvis.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention periods per record type ({@code stegvis.retention.*}). Each organisation's archive
 * plan (dokumenthanteringsplan) decides them; the defaults are conservative.
 *
 * <p>The audit log has no retention period: removing its oldest entries would break the hash
 * chain that makes tampering detectable, so it is kept (it holds ids only, no names or numbers).
 */
@ConfigMapping(prefix = "stegvis.retention")
public interface RetentionConfig {

    /** When the nightly job runs (Quarkus cron, seconds first); {@code off} disables it. */
    @WithDefault("0 0 2 * * ?")
    String cron();

    /**
     * Years after the end of a participant's last enrollment (or, never enrolled, after their
     * registration) until their identifying data is anonymised.
     */
    @WithDefault("5")
    int participantYears();

    /** Years after an enrollment's exit until its journal notes are deleted. */
    @WithDefault("5")
    int journalNoteYears();

    /** Years after a referral was withdrawn or declined until it is deleted. */
    @WithDefault("2")
    int closedReferralYears();
}
