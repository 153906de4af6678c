package se.stegvis.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.RetentionRun;
import se.stegvis.api.generated.model.RetentionRunResult;
import se.stegvis.api.generated.model.RetentionRunResult.ActionEnum;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.error.ApiException;
import se.stegvis.common.time.SwedishCalendar;
import se.stegvis.common.web.Sql;

/**
 * Retention (gallring): removes or anonymises what has passed its period ({@link RetentionConfig}),
 * except what a legal hold keeps. Everything is bulk SQL; nothing is loaded row by row.
 *
 * <ul>
 * <li><b>participant</b> (anonymised): every enrollment exited more than {@code participant-years}
 * ago (or never enrolled and registered that long ago). Names, identity number (cipher, hash,
 * mask), birth date and interpreter language go; sex, birth year, home municipality, education and
 * protected-identity stay, so statistics keep working.</li>
 * <li><b>enrollment</b> (anonymised): the same participants' enrollments lose the caseworker's
 * contact details and every free text (exit summary, follow-up note, capacity override reason,
 * extension reasons, intervention, assessment and plan texts); coded outcomes, phases, dates and
 * SUS codes stay.</li>
 * <li><b>journal_note</b> (deleted): all notes of anonymised participants, and notes of any enrollment
 * exited more than {@code journal-note-years} ago.</li>
 * <li><b>referral</b> (anonymised): referrals that became an anonymised participant's enrollment lose
 * the person's identity, names, background and the caseworker's contact details.</li>
 * <li><b>referral</b> (deleted): withdrawn or declined referrals unchanged for
 * {@code closed-referral-years}, with their events and webhook deliveries.</li>
 * <li>The audit log is never touched (see {@link RetentionConfig}).</li>
 * </ul>
 *
 * <p>The job runs nightly and on demand, in one backend instance at a time (a MariaDB named lock).
 */
@ApplicationScoped
public class RetentionService {

    static final String RESOURCE = "retention";
    static final String SCHEDULED = "scheduled";
    private static final String LOCK = "stegvis_retention";
    private static final String REMOVED = "(gallrad)";

    /** The participant alias {@code p} has passed its period (and is not anonymised yet). */
    private static final String ELIGIBLE = """
            NOT EXISTS (SELECT 1 FROM retention_anonymised done WHERE done.participant_id = p.id)
            AND ((EXISTS (SELECT 1 FROM enrollment pe WHERE pe.participant_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM enrollment pe WHERE pe.participant_id = p.id
                      AND (pe.status <> 'exited' OR pe.exit_date IS NULL OR pe.exit_date >= :participantCutoff)))
              OR (NOT EXISTS (SELECT 1 FROM enrollment pe WHERE pe.participant_id = p.id)
                  AND p.created_at < :participantCutoff))""";

    /** SQL true when participant id expression {@code %s} is under a legal hold. */
    private static final String HELD = "EXISTS (SELECT 1 FROM legal_hold h WHERE h.participant_id = %s AND h.held)";

    /** Journal notes past their period: the participant's, or the enrollment's own. {@code n}, {@code e}. */
    private static final String JOURNAL_DUE = "(e.participant_id IN (SELECT p.id FROM participant p WHERE " + ELIGIBLE + ")"
            + " OR (e.status = 'exited' AND e.exit_date < :journalCutoff))";

    /** Withdrawn or declined referrals past their period, never linked to an enrollment or consent. {@code r}. */
    private static final String REFERRAL_DUE = """
            r.status IN ('withdrawn', 'declined') AND r.enrollment_id IS NULL AND r.updated_at < :referralCutoff
            AND NOT EXISTS (SELECT 1 FROM consent rc WHERE rc.source_referral_id = r.id)
            AND NOT EXISTS (SELECT 1 FROM enrollment re WHERE re.referral_id = r.id)""";

    /** The referred person is a participant under a legal hold. {@code r}. */
    private static final String REFERRAL_HELD = """
            EXISTS (SELECT 1 FROM participant hp JOIN legal_hold h ON h.participant_id = hp.id AND h.held
                    WHERE hp.identity_hash = r.identity_hash)""";

    /** Rows of the participants this run anonymises; alias the participant id column as given. */
    private static final String THIS_RUN = " JOIN retention_anonymised ra ON ra.participant_id = %s AND ra.run_id = :run ";

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    @Inject
    AuditLog audit;

    @Scheduled(cron = "{stegvis.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        try {
            RetentionRun run = runIfFree(false, SCHEDULED, 0);
            if (run != null) {
                Log.infof("Retention run %s finished", run.getId());
            }
        } catch (RuntimeException e) {
            Log.warnf("The retention run failed (%s); it will run again next time", e.getClass().getSimpleName());
        }
    }

    /**
     * Runs retention now: with {@code dryRun}, only counts what a run would do. Waits up to half a
     * minute for a run in another instance to finish; 409 if it does not.
     */
    @Transactional
    public RetentionRun run(boolean dryRun, String trigger) {
        RetentionRun run = runIfFree(dryRun, trigger, 30);
        if (run == null) {
            throw ApiException.conflict("retention-running", "A retention run is in progress; try again when it has finished");
        }
        return run;
    }

    /** The latest runs, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionRun> latest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM retention_run ORDER BY started_at DESC, id LIMIT " + limit)
                .getResultList();
        List<RetentionRun> result = new ArrayList<>();
        for (Object id : ids) {
            result.add(load(Sql.uuid(id)));
        }
        return result;
    }

    // ---------------------------------------------------------------------------------- the run

    /** The run, or null when another instance holds the lock for longer than {@code waitSeconds}. */
    @Transactional
    RetentionRun runIfFree(boolean dryRun, String trigger, int waitSeconds) {
        Number locked = (Number) em.createNativeQuery("SELECT GET_LOCK('" + LOCK + "', " + waitSeconds + ")").getSingleResult();
        if (locked == null || locked.intValue() != 1) {
            return null;
        }
        try {
            if (SCHEDULED.equals(trigger) && ranThisTick()) {
                return null;
            }
            return execute(dryRun, trigger);
        } finally {
            em.createNativeQuery("SELECT RELEASE_LOCK('" + LOCK + "')").getSingleResult();
        }
    }

    /**
     * Every instance fires the nightly cron at the same moment; the lock keeps their runs apart,
     * but the one that gets it second must not run again once the first has finished. Database
     * time, so the instances' clocks do not matter; the cron must fire at most every half minute.
     */
    private boolean ranThisTick() {
        Number recent = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM retention_run WHERE triggered_by = :scheduled
                AND started_at > CURRENT_TIMESTAMP(3) - INTERVAL 30 SECOND""")
                .setParameter("scheduled", SCHEDULED).getSingleResult();
        return recent.longValue() > 0;
    }

    private RetentionRun execute(boolean dryRun, String trigger) {
        UUID runId = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO retention_run (id, started_at, dry_run, triggered_by) VALUES (:id, CURRENT_TIMESTAMP(3), :dry, :by)")
                .setParameter("id", runId).setParameter("dry", dryRun).setParameter("by", trigger).executeUpdate();

        LocalDate today = SwedishCalendar.today();
        Map<String, Object> cutoffs = Map.of(
                "participantCutoff", today.minusYears(config.participantYears()),
                "journalCutoff", today.minusYears(config.journalNoteYears()),
                "referralCutoff", today.minusYears(config.closedReferralYears()));

        // First count (a dry run stops here), then change: the counts see the data before the change.
        String notHeld = " AND NOT " + HELD.formatted("p.id");
        String held = " AND " + HELD.formatted("p.id");
        String participants = "SELECT COUNT(*) FROM participant p WHERE " + ELIGIBLE;
        String enrollments = "SELECT COUNT(*) FROM enrollment en JOIN participant p ON p.id = en.participant_id WHERE " + ELIGIBLE;
        String notes = "SELECT COUNT(*) FROM journal_note n JOIN enrollment e ON e.id = n.enrollment_id WHERE " + JOURNAL_DUE;
        String linkedReferrals = "SELECT COUNT(*) FROM referral r JOIN enrollment en ON en.id = r.enrollment_id"
                + " JOIN participant p ON p.id = en.participant_id WHERE " + ELIGIBLE;
        String closedReferrals = "SELECT COUNT(*) FROM referral r WHERE " + REFERRAL_DUE;

        List<RetentionRunResult> results = new ArrayList<>();
        results.add(result("participant", ActionEnum.ANONYMISED, count(participants + notHeld, cutoffs), count(participants + held, cutoffs)));
        results.add(result("enrollment", ActionEnum.ANONYMISED, count(enrollments + notHeld, cutoffs), count(enrollments + held, cutoffs)));
        results.add(result("journal_note", ActionEnum.DELETED,
                count(notes + " AND NOT " + HELD.formatted("e.participant_id"), cutoffs),
                count(notes + " AND " + HELD.formatted("e.participant_id"), cutoffs)));
        results.add(result("referral", ActionEnum.ANONYMISED, count(linkedReferrals + notHeld, cutoffs), count(linkedReferrals + held, cutoffs)));
        results.add(result("referral", ActionEnum.DELETED,
                count(closedReferrals + " AND NOT " + REFERRAL_HELD, cutoffs), count(closedReferrals + " AND " + REFERRAL_HELD, cutoffs)));

        if (!dryRun) {
            apply(runId, cutoffs);
        }
        for (int i = 0; i < results.size(); i++) {
            RetentionRunResult r = results.get(i);
            em.createNativeQuery("""
                    INSERT INTO retention_run_result (run_id, position, record_type, action, count, held_back)
                    VALUES (:run, :pos, :type, :action, :count, :held)""")
                    .setParameter("run", runId).setParameter("pos", i).setParameter("type", r.getRecordType())
                    .setParameter("action", r.getAction().toString()).setParameter("count", r.getCount())
                    .setParameter("held", r.getHeldBack()).executeUpdate();
        }
        em.createNativeQuery("UPDATE retention_run SET finished_at = CURRENT_TIMESTAMP(3) WHERE id = :id")
                .setParameter("id", runId).executeUpdate();
        return load(runId);
    }

    private void apply(UUID runId, Map<String, Object> cutoffs) {
        // Who is anonymised in this run: the work set every statement below joins.
        update("INSERT INTO retention_anonymised (participant_id, run_id) SELECT p.id, :run FROM participant p WHERE "
                + ELIGIBLE + " AND NOT " + HELD.formatted("p.id"), runId, cutoffs);

        update("DELETE n FROM journal_note n JOIN enrollment e ON e.id = n.enrollment_id WHERE"
                + " (EXISTS (SELECT 1 FROM retention_anonymised ra WHERE ra.participant_id = e.participant_id AND ra.run_id = :run)"
                + " OR (e.status = 'exited' AND e.exit_date < :journalCutoff AND NOT " + HELD.formatted("e.participant_id") + "))",
                runId, cutoffs);

        update("UPDATE participant p" + THIS_RUN.formatted("p.id") + """
                 SET p.first_name = NULL, p.last_name = NULL, p.identity_type = 'none', p.identity_cipher = NULL,
                  p.identity_hash = NULL, p.identity_masked = NULL, p.birth_date = NULL, p.interpreter_language = NULL,
                  p.updated_at = CURRENT_TIMESTAMP(3), p.version = p.version + 1""", runId, cutoffs);
        update("UPDATE enrollment e" + THIS_RUN.formatted("e.participant_id") + """
                 SET e.caseworker_name = NULL, e.caseworker_email = NULL, e.caseworker_phone = NULL,
                  e.capacity_override_reason = NULL, e.exit_summary = NULL, e.follow_up_note = NULL, e.version = e.version + 1""",
                runId, cutoffs);
        String enrollmentOf = " JOIN enrollment e ON e.id = %s" + THIS_RUN.formatted("e.participant_id");
        update("UPDATE enrollment_extension x" + enrollmentOf.formatted("x.enrollment_id") + " SET x.reason = NULL", runId, cutoffs);
        update("UPDATE intervention i" + enrollmentOf.formatted("i.enrollment_id") + " SET i.note = NULL", runId, cutoffs);
        update("UPDATE assessment a" + enrollmentOf.formatted("a.enrollment_id") + " SET a.comment = NULL", runId, cutoffs);
        update("UPDATE assessment_rating ar JOIN assessment a ON a.id = ar.assessment_id" + enrollmentOf.formatted("a.enrollment_id")
                + " SET ar.comment = NULL", runId, cutoffs);
        update("UPDATE plan_goal g" + enrollmentOf.formatted("g.enrollment_id")
                + " SET g.title = :removed, g.description = NULL", runId, cutoffs);
        update("UPDATE plan_sub_goal s JOIN plan_goal g ON g.id = s.goal_id" + enrollmentOf.formatted("g.enrollment_id")
                + " SET s.description = :removed", runId, cutoffs);
        update("UPDATE plan_follow_up f" + enrollmentOf.formatted("f.enrollment_id") + " SET f.attendees = NULL, f.note = NULL",
                runId, cutoffs);
        update("UPDATE group_member m" + enrollmentOf.formatted("m.enrollment_id")
                + " SET m.leave_reason = NULL, m.capacity_override_reason = NULL", runId, cutoffs);
        update("UPDATE group_attendance ga JOIN group_member m ON m.id = ga.member_id" + enrollmentOf.formatted("m.enrollment_id")
                + " SET ga.note = NULL", runId, cutoffs);
        update("UPDATE sip_meeting sm" + enrollmentOf.formatted("sm.enrollment_id") + " SET sm.agreed = NULL", runId, cutoffs);
        update("UPDATE sip_meeting_participant sp JOIN sip_meeting sm ON sm.id = sp.meeting_id"
                + enrollmentOf.formatted("sm.enrollment_id") + " SET sp.person_name = NULL", runId, cutoffs);
        update("UPDATE sip_action_item ai JOIN sip_meeting sm ON sm.id = ai.meeting_id" + enrollmentOf.formatted("sm.enrollment_id")
                + " SET ai.who = :removed, ai.what = :removed", runId, cutoffs);
        update("UPDATE consent c" + THIS_RUN.formatted("c.participant_id") + " SET c.withdrawal_note = NULL", runId, cutoffs);
        update("UPDATE referral r" + enrollmentOf.formatted("r.enrollment_id") + """
                 SET r.identity_type = 'none', r.identity_cipher = NULL, r.identity_hash = NULL, r.identity_masked = NULL,
                  r.birth_date = NULL, r.first_name = NULL, r.last_name = NULL, r.caseworker_name = :removed,
                  r.caseworker_email = NULL, r.caseworker_phone = NULL, r.reason = :removed, r.background = NULL,
                  r.screening_note = NULL, r.decision_reason = NULL, r.withdrawal_reason = NULL, r.version = r.version + 1""",
                runId, cutoffs);
        update("UPDATE referral_event ev JOIN referral r ON r.id = ev.referral_id" + enrollmentOf.formatted("r.enrollment_id")
                + " SET ev.reason = NULL", runId, cutoffs);

        // Closed referrals: their webhook attempts and deliveries, events and idempotency keys first.
        String due = " WHERE " + REFERRAL_DUE + " AND NOT " + REFERRAL_HELD;
        update("DELETE wa FROM webhook_attempt wa JOIN webhook_delivery wd ON wd.id = wa.delivery_id"
                + " JOIN referral_event ev ON ev.id = wd.event_id JOIN referral r ON r.id = ev.referral_id" + due, runId, cutoffs);
        update("DELETE wd FROM webhook_delivery wd JOIN referral_event ev ON ev.id = wd.event_id"
                + " JOIN referral r ON r.id = ev.referral_id" + due, runId, cutoffs);
        update("DELETE ev FROM referral_event ev JOIN referral r ON r.id = ev.referral_id" + due, runId, cutoffs);
        update("DELETE ik FROM idempotency_key ik JOIN referral r ON r.id = ik.referral_id" + due, runId, cutoffs);
        update("DELETE r FROM referral r" + due, runId, cutoffs);

        // The anonymisation is a change of participant data: one audit entry naming everyone it touched.
        @SuppressWarnings("unchecked")
        List<Object> anonymised = em.createNativeQuery("SELECT participant_id FROM retention_anonymised WHERE run_id = :run")
                .setParameter("run", runId).getResultList();
        if (!anonymised.isEmpty()) {
            audit.recordSystem("retention", AuditLog.Action.UPDATE, RESOURCE, runId, anonymised.stream().map(Sql::uuid).toList());
        }
    }

    // ---------------------------------------------------------------------------------- helpers

    private int count(String sql, Map<String, Object> cutoffs) {
        return ((Number) bind(em.createNativeQuery(sql), sql, null, cutoffs).getSingleResult()).intValue();
    }

    private int update(String sql, UUID runId, Map<String, Object> cutoffs) {
        return bind(em.createNativeQuery(sql), sql, runId, cutoffs).executeUpdate();
    }

    private static Query bind(Query q, String sql, UUID runId, Map<String, Object> cutoffs) {
        cutoffs.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                q.setParameter(name, value);
            }
        });
        if (sql.contains(":removed")) {
            q.setParameter("removed", REMOVED);
        }
        if (runId != null && sql.contains(":run")) {
            q.setParameter("run", runId);
        }
        return q;
    }

    private static RetentionRunResult result(String type, ActionEnum action, int count, int heldBack) {
        return new RetentionRunResult(type, action, count, heldBack);
    }

    private RetentionRun load(UUID id) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT ROUND(UNIX_TIMESTAMP(started_at) * 1000), ROUND(UNIX_TIMESTAMP(finished_at) * 1000), dry_run, triggered_by
                FROM retention_run WHERE id = :id""").setParameter("id", id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT record_type, action, count, held_back FROM retention_run_result WHERE run_id = :id ORDER BY position")
                .setParameter("id", id).getResultList();
        List<RetentionRunResult> results = new ArrayList<>();
        for (Object[] r : rows) {
            results.add(result((String) r[0], ActionEnum.fromString((String) r[1]), Sql.integer(r[2]), Sql.integer(r[3])));
        }
        RetentionRun run = new RetentionRun(id, Instant.ofEpochMilli(((Number) row[0]).longValue()).atOffset(ZoneOffset.UTC),
                Sql.bool(row[2]), results);
        run.setFinishedAt(row[1] == null ? null : Instant.ofEpochMilli(((Number) row[1]).longValue()).atOffset(ZoneOffset.UTC));
        run.setTriggeredBy((String) row[3]);
        return run;
    }
}
